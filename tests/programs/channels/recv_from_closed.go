package main

import (
	"errors"
	"fmt"
)

type point struct{ X, Y int }

func main() {
	// receiving from a closed, empty channel returns the zero value at once
	ints := make(chan int)
	close(ints)
	v, ok := <-ints
	fmt.Println("int:", v, ok)

	strs := make(chan string, 1)
	strs <- "last"
	close(strs)
	s, ok := <-strs
	fmt.Printf("string: %q %v\n", s, ok)
	s, ok = <-strs
	fmt.Printf("string: %q %v\n", s, ok)

	ptrs := make(chan *point)
	close(ptrs)
	p, ok := <-ptrs
	fmt.Println("pointer:", p == nil, ok)

	structs := make(chan point)
	close(structs)
	fmt.Printf("struct: %+v\n", <-structs)

	errs := make(chan error)
	close(errs)
	err, ok := <-errs
	fmt.Println("error:", err, ok)

	slices := make(chan []byte)
	close(slices)
	b := <-slices
	fmt.Println("slice:", b == nil, len(b))

	// it never blocks, no matter how many times we receive
	for i := 0; i < 3; i++ {
		fmt.Print(<-ints, " ")
	}
	fmt.Println()

	// a sentinel error in the channel is different from the closed zero value
	results := make(chan error, 2)
	results <- errors.New("failed")
	results <- nil
	close(results)
	for i := 0; i < 3; i++ {
		e, ok := <-results
		fmt.Printf("recv %d: err=%v ok=%v\n", i, e, ok)
	}
}
