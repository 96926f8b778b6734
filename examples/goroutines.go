// Lesson: hello, goroutines.
//
// A goroutine is a function call that runs concurrently with the rest of
// the program. You start one by writing `go` in front of a call. They are
// cheap (a few kilobytes each), so a program can start thousands.
//
// This lesson shows three things:
//  1. main does not wait for goroutines: when main returns, the program
//     ends, whatever the other goroutines are doing.
//  2. sync.WaitGroup is the usual way for main to wait for a group.
//  3. goroutines finish in no particular order, so each one writes its own
//     slot and main prints the results after waiting. That is why this
//     program's output is the same on every run.
package main

import (
	"fmt"
	"sync"
)

func greet(name string) string {
	return "hello, " + name
}

func main() {
	// Step 1: one goroutine, and a channel to wait for it.
	// Watch: `go` returns at once; main carries on while the goroutine runs.
	// Delete the `<-done` line and the greeting may never be printed,
	// because main would return (ending the program) before it runs.
	done := make(chan bool)
	go func() {
		fmt.Println("step 1: hello from a goroutine")
		done <- true
	}()
	<-done

	// Step 2: one goroutine per name, joined with a WaitGroup.
	// Watch: wg.Add runs in main BEFORE the `go` statement. Calling Add
	// inside the goroutine would let Wait return before it has even started.
	names := []string{"Ada", "Barbara", "Edsger", "Grace", "Ken", "Rob"}
	results := make([]string, len(names))
	var wg sync.WaitGroup
	for i, name := range names {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// Each goroutine writes only results[i]: no two goroutines
			// touch the same memory, so no lock is needed.
			// (Since Go 1.22 each loop iteration has its own i and name.)
			results[i] = greet(name)
		}()
	}
	wg.Wait() // blocks until Done has been called once per Add
	fmt.Println("step 2: all greetings are in:")
	for _, r := range results {
		fmt.Println("   ", r)
	}

	// Step 3: goroutines are cheap. Start 10,000 and let each send one
	// value on a channel; main adds them up.
	// Watch: the sends can happen in any order, but the sum cannot change.
	const n = 10000
	ch := make(chan int)
	for i := 1; i <= n; i++ {
		go func() { ch <- i }()
	}
	sum := 0
	for range n {
		sum += <-ch
	}
	fmt.Printf("step 3: %d goroutines sent numbers adding up to %d\n", n, sum)
	fmt.Println("step 3: expected", n*(n+1)/2)
}
