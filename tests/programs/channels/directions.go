package main

import (
	"fmt"
	"strings"
)

// only sends
func emit(out chan<- string, words ...string) {
	for _, w := range words {
		out <- w
	}
	close(out) // a sender may close
}

// only receives, only sends
func upper(in <-chan string, out chan<- string) {
	for w := range in {
		out <- strings.ToUpper(w)
	}
	close(out)
}

// returning a receive-only channel hides the send side from callers
func counter(n int) <-chan int {
	c := make(chan int)
	go func() {
		for i := range n {
			c <- i
		}
		close(c)
	}()
	return c
}

func describe(c any) string {
	switch c.(type) {
	case chan int:
		return "bidirectional"
	case <-chan int:
		return "receive-only"
	case chan<- int:
		return "send-only"
	}
	return "other"
}

func main() {
	raw := make(chan string)
	shouted := make(chan string)
	go emit(raw, "ready", "set", "go")
	go upper(raw, shouted)
	for s := range shouted {
		fmt.Println(s)
	}

	total := 0
	for v := range counter(5) {
		total += v
	}
	fmt.Println("total:", total)

	// a bidirectional channel converts implicitly to either direction
	c := make(chan int, 1)
	var r <-chan int = c
	var s chan<- int = c
	s <- 11
	fmt.Println("received through the other view:", <-r)
	fmt.Println(describe(c), describe(r), describe(s))
	fmt.Printf("%T %T %T\n", c, r, s)
	fmt.Println("views are equal to the original:", r == c, s == c)
}
