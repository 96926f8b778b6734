package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false

	mu.Lock()
	ready = true
	mu.Unlock()
	fmt.Println("ready set, but nobody will call Signal or Broadcast")

	mu.Lock()
	// bug: the loop waits for ready to become false and nothing changes it
	for ready {
		cond.Wait()
	}
	mu.Unlock()
	fmt.Println("unreachable")
}
