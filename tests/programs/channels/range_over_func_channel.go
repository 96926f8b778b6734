package main

import (
	"fmt"
	"iter"
)

// Channels and range-over-func iterators side by side: an iterator
// adapter that drains a channel, and a channel fed from an iterator.

func fromChan[T any](ch <-chan T) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range ch {
			if !yield(v) {
				return
			}
		}
	}
}

func toChan[T any](seq iter.Seq[T]) <-chan T {
	out := make(chan T)
	go func() {
		defer close(out)
		for v := range seq {
			out <- v
		}
	}()
	return out
}

func squares(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 1; i <= n; i++ {
			if !yield(i * i) {
				return
			}
		}
	}
}

func main() {
	ch := toChan(squares(6))
	for v := range fromChan(ch) {
		fmt.Print(v, " ")
	}
	fmt.Println()

	// breaking early from the iterator leaves the rest in the channel
	words := make(chan string, 5)
	for _, w := range []string{"one", "two", "three", "four", "five"} {
		words <- w
	}
	close(words)
	for w := range fromChan(words) {
		fmt.Println(w)
		if w == "two" {
			break
		}
	}
	fmt.Println("remaining:", len(words))
}
