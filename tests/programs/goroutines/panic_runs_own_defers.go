package main

import (
	"fmt"
	"time"
)

func cleanup(name string) {
	fmt.Println("cleanup:", name)
}

func main() {
	fmt.Println("main: launching a goroutine that will fail")
	done := make(chan struct{})

	go func() {
		defer cleanup("outer")
		func() {
			defer cleanup("inner")
			var m map[string]int
			fmt.Println("goroutine: about to write to a nil map")
			m["x"] = 1
		}()
		close(done)
	}()

	select {
	case <-done:
		fmt.Println("not reached")
	case <-time.After(5 * time.Second):
		fmt.Println("not reached either")
	}
}
