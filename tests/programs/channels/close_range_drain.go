package main

import (
	"fmt"
	"strings"
)

// producer sends lines and closes the channel when done: closing is the
// sender's job and tells range loops there is nothing more to come.
func producer(text string) <-chan string {
	out := make(chan string, 2)
	go func() {
		defer close(out)
		for _, line := range strings.Split(text, "\n") {
			if line != "" {
				out <- line
			}
		}
	}()
	return out
}

func main() {
	text := "first line\nsecond line\n\nthird line\n"
	n := 0
	for line := range producer(text) {
		n++
		fmt.Printf("%d: %s\n", n, line)
	}
	fmt.Println("range ended after", n, "lines")

	// values already buffered are still delivered after close
	ch := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		ch <- i * i
	}
	close(ch)
	sum := 0
	for v := range ch {
		sum += v
	}
	fmt.Println("sum of buffered squares:", sum)

	// ranging over an already closed and drained channel does nothing
	iterations := 0
	for range ch {
		iterations++
	}
	fmt.Println("iterations over drained channel:", iterations)

	// break out of a range early; the rest stays in the channel
	words := make(chan string, 4)
	for _, w := range []string{"go", "rust", "stop", "zig"} {
		words <- w
	}
	close(words)
	for w := range words {
		if w == "stop" {
			break
		}
		fmt.Println("word:", w)
	}
	fmt.Println("left in channel:", len(words), <-words)
}
