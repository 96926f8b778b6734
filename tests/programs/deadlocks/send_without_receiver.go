package main

import "fmt"

func main() {
	// with room in the buffer, a send in main completes on its own
	buffered := make(chan string, 1)
	buffered <- "fits in the buffer"
	fmt.Println(<-buffered)

	// the classic beginner mistake: an unbuffered send in main with no
	// other goroutine to receive it. The receive on the next line would
	// never get a chance to run.
	ch := make(chan string)
	fmt.Println("sending on an unbuffered channel with no receiver")
	ch <- "hello"
	fmt.Println(<-ch)

	// the fix would be to send from a goroutine:
	//   go func() { ch <- "hello" }()
	//   fmt.Println(<-ch)
}
