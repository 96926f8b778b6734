package main

import (
	"fmt"
	"sync"
)

// A locked Mutex is not tied to a goroutine: one goroutine may lock it
// and another unlock it. This makes a simple hand-off signal.
func main() {
	var mu sync.Mutex
	mu.Lock()
	result := ""
	go func() {
		result = "computed in the background"
		mu.Unlock() // released by a different goroutine
	}()
	mu.Lock() // blocks until the goroutine unlocks
	fmt.Println(result)
	mu.Unlock()

	// a chain of hand-offs: each stage unlocks the next stage's mutex
	const stages = 5
	locks := make([]sync.Mutex, stages+1)
	for i := range locks {
		locks[i].Lock()
	}
	order := make([]int, 0, stages)
	for i := stages - 1; i >= 0; i-- {
		go func() {
			locks[i].Lock() // wait for my turn
			order = append(order, i)
			locks[i+1].Unlock() // pass the turn on
		}()
	}
	locks[0].Unlock()
	locks[stages].Lock()
	fmt.Println("stages ran in order:", order)
}
