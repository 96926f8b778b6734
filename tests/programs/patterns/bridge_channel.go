package main

import "fmt"

// bridge flattens a channel of channels into one stream, preserving the
// order of the inner channels (Concurrency in Go).
func bridge(done <-chan struct{}, chanStream <-chan <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for {
			var stream <-chan int
			select {
			case s, ok := <-chanStream:
				if !ok {
					return
				}
				stream = s
			case <-done:
				return
			}
			for v := range stream {
				select {
				case out <- v:
				case <-done:
					return
				}
			}
		}
	}()
	return out
}

func batches(n, size int) <-chan <-chan int {
	cs := make(chan (<-chan int))
	go func() {
		defer close(cs)
		for b := 0; b < n; b++ {
			c := make(chan int, size)
			for i := 0; i < size; i++ {
				c <- b*100 + i
			}
			close(c)
			cs <- c
		}
	}()
	return cs
}

func main() {
	done := make(chan struct{})
	defer close(done)
	for v := range bridge(done, batches(4, 3)) {
		fmt.Print(v, " ")
	}
	fmt.Println()

	// an empty stream of streams
	empty := make(chan (<-chan int))
	close(empty)
	count := 0
	for range bridge(done, empty) {
		count++
	}
	fmt.Println("values from empty bridge:", count)
}
