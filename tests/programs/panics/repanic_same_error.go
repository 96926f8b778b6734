package main

import (
	"errors"
	"fmt"
)

var ErrTimeout = errors.New("operation timed out")

func attempt(n int) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		if err, ok := r.(error); ok && errors.Is(err, ErrTimeout) && n < 3 {
			fmt.Println("attempt", n, "timed out; giving up on this one")
			panic(r) // same value re-panicked
		}
	}()
	fmt.Println("attempt", n, "running")
	panic(ErrTimeout)
}

func main() {
	attempt(1)
}
