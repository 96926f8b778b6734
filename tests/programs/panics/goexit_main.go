package main

import (
	"fmt"
	"runtime"
)

func finish(results []int) {
	defer fmt.Println("finish: deferred call runs during Goexit")
	total := 0
	for _, r := range results {
		total += r
	}
	fmt.Println("total:", total)
	// Goexit in the main goroutine ends it without returning; since no
	// other goroutine exists, the runtime reports a deadlock.
	runtime.Goexit()
	fmt.Println("unreachable")
}

func main() {
	defer fmt.Println("main: deferred calls run too")
	fmt.Println("calling runtime.Goexit from the main goroutine")
	finish([]int{1, 2, 3})
	fmt.Println("unreachable in main")
}
