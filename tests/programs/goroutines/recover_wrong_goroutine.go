package main

import (
	"fmt"
	"time"
)

type Code int

// recover only stops a panic in its own goroutine: the parent's deferred
// recover cannot catch a panic raised by a child goroutine.
func parent(done chan<- bool) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("parent recovered:", r)
		}
	}()
	fmt.Println("parent: starting child")
	go child()
	time.Sleep(time.Second)
	done <- true
}

func child() {
	fmt.Println("child: failing")
	panic(Code(7))
}

func main() {
	// first, a panic the goroutine recovers itself
	ok := make(chan string)
	go func() {
		defer func() { ok <- fmt.Sprint("self-recovered: ", recover()) }()
		panic(Code(1))
	}()
	fmt.Println(<-ok)

	done := make(chan bool)
	go parent(done)
	<-done
	fmt.Println("never printed")
}
