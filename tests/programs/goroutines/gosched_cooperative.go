package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

func main() {
	// With a single P, a goroutine that yields with Gosched lets others run.
	runtime.GOMAXPROCS(1)

	var ready atomic.Bool
	go func() {
		ready.Store(true)
	}()
	spins := 0
	for !ready.Load() {
		runtime.Gosched() // give the other goroutine a chance
		spins++
	}
	fmt.Println("flag set by the other goroutine:", ready.Load(), spins >= 0)

	// Two goroutines taking strict turns, each spinning with Gosched until
	// it is its turn. The turn variable makes the output order fixed.
	var turn atomic.Int32
	var wg sync.WaitGroup
	var log []string
	var mu sync.Mutex
	player := func(me int32, name string) {
		defer wg.Done()
		for round := 0; round < 4; round++ {
			for turn.Load() != me {
				runtime.Gosched()
			}
			mu.Lock()
			log = append(log, fmt.Sprintf("%s%d", name, round))
			mu.Unlock()
			turn.Store(1 - me)
		}
	}
	wg.Add(2)
	go player(0, "ping")
	go player(1, "pong")
	wg.Wait()
	fmt.Println(log)

	// Gosched from main with nothing else to run simply returns.
	for i := 0; i < 3; i++ {
		runtime.Gosched()
	}
	fmt.Println("done")
}
