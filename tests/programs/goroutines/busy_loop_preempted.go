package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	// Even with one P, a goroutine spinning in an empty loop must not
	// prevent main from waking up and finishing the program.
	runtime.GOMAXPROCS(1)

	go func() {
		for {
		}
	}()

	x := 0
	go func() {
		for {
			x++ // pure computation, no function calls
		}
	}()

	start := time.Now()
	time.Sleep(50 * time.Millisecond)
	fmt.Println("main woke up:", time.Since(start) >= 50*time.Millisecond)

	// main can still do work of its own and talk to other goroutines
	ch := make(chan string)
	go func() { ch <- "reply from a third goroutine" }()
	fmt.Println(<-ch)

	total := 0
	for i := 1; i <= 1000; i++ {
		total += i
	}
	fmt.Println("main computed", total)
	fmt.Println("returning while two goroutines still spin")
}
