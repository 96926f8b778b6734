// Stress: a pipeline of 6 stages (each adds 1, channels of mixed
// capacities) delivers all 5,000 values in their original order.
package main

import (
	"fmt"
	"os"
)

func fail(format string, args ...any) {
	fmt.Printf("FAIL: "+format+"\n", args...)
	os.Exit(1)
}

func stage(in <-chan int, capacity int) <-chan int {
	out := make(chan int, capacity)
	go func() {
		defer close(out)
		for v := range in {
			out <- v + 1
		}
	}()
	return out
}

func main() {
	const n, stages = 5000, 6
	src := make(chan int)
	go func() {
		defer close(src)
		for i := range n {
			src <- i * 10
		}
	}()
	var c <-chan int = src
	for s := range stages {
		c = stage(c, []int{0, 1, 7, 0, 32, 2}[s])
	}
	i := 0
	for v := range c {
		if v != i*10+stages {
			fail("position %d: got %d, want %d", i, v, i*10+stages)
		}
		i++
	}
	if i != n {
		fail("received %d values, want %d", i, n)
	}
	fmt.Println("ok")
}
