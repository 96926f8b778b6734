package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	for i := 0; i < 2; i++ {
		go func() {
			defer wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println("two workers done")

	// this one is a panic (not a fatal error), so it can be recovered
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		wg.Done()
	}()

	fmt.Println("calling Add(-1) with nobody recovering")
	var wg2 sync.WaitGroup
	wg2.Add(-1)
	fmt.Println("unreachable")
}
