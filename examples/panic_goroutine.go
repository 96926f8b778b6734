// Lesson: a panic in a goroutine ends the WHOLE program (it is SUPPOSED to
// crash at the end).
//
// recover only works inside a deferred function of the goroutine that is
// panicking. main cannot catch a panic that happens in another goroutine:
// an unrecovered panic in ANY goroutine prints "panic: ..." with a stack
// trace and exits with status 2, even if main was doing fine.
//
// So a goroutine that may panic must recover by itself. A common helper,
// safeGo below, wraps the function with a deferred recover and turns the
// panic into an error sent back to whoever wants to know.
package main

import (
	"fmt"
	"time"
)

// safeGo runs f in a new goroutine. If f panics, the panic is recovered
// there and reported on the returned channel as an error.
func safeGo(f func()) <-chan error {
	errc := make(chan error, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil { // Watch: recover in the SAME goroutine
				errc <- fmt.Errorf("recovered: %v", r)
				return
			}
			errc <- nil
		}()
		f()
	}()
	return errc
}

func divide(a, b int) int { return a / b }

func main() {
	// Step 1: a protected goroutine. The division by zero is caught.
	err := <-safeGo(func() { fmt.Println("10/2 =", divide(10, 2)) })
	fmt.Println("first job:", err)
	err = <-safeGo(func() { fmt.Println("10/0 =", divide(10, 0)) })
	fmt.Println("second job:", err)

	// Step 2: main's own recover does NOT help another goroutine.
	defer func() {
		// Watch: this never prints; the program dies before main returns.
		fmt.Println("main recovered:", recover())
	}()
	fmt.Println("starting an unprotected goroutine...")
	go func() {
		var m map[string]int
		m["boom"] = 1 // panic: assignment to entry in nil map
	}()

	// main would happily keep going, but the panic ends everything.
	// Watch the end of the output: "panic: assignment to entry in nil map",
	// a goroutine trace, and exit status 2.
	time.Sleep(2 * time.Second)
	fmt.Println("never printed")
}
