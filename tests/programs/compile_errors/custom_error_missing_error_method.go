package main

import "fmt"

type TimeoutError struct {
	Op string
}

func (e TimeoutError) Message() string {
	return e.Op + " timed out"
}

func fetch() error {
	return TimeoutError{Op: "fetch"}
}

func main() {
	fmt.Println(fetch())
}
