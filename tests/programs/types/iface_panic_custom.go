package main

import "fmt"

type E struct{ code int }

func (e *E) Error() string { return fmt.Sprintf("custom error %d", e.code) }

func run() error { return &E{42} }

func main() {
	if err := run(); err != nil {
		panic(err)
	}
}
