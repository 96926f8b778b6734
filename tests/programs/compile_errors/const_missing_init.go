package main

import "fmt"

const (
	MaxRetries int
	Timeout    = 30
)

func main() {
	fmt.Println(MaxRetries, Timeout)
}
