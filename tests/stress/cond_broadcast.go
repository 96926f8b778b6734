// Stress: Cond.Broadcast wakes every waiter; Cond.Signal wakes one.
// 50 rounds: 20 goroutines wait for the round's generation; main waits
// (on a second Cond, woken by Signal) until all 20 are inside Wait, then
// broadcasts once. All 20 must wake each round.
package main

import (
	"fmt"
	"os"
	"sync"
)

func fail(format string, args ...any) {
	fmt.Printf("FAIL: "+format+"\n", args...)
	os.Exit(1)
}

func main() {
	const waiters, rounds = 20, 50
	var mu sync.Mutex
	gen := sync.NewCond(&mu)   // waiters wait here for the next generation
	allIn := sync.NewCond(&mu) // main waits here until all waiters are in
	generation, waiting, woken := 0, 0, 0

	for round := 1; round <= rounds; round++ {
		var wg sync.WaitGroup
		for range waiters {
			wg.Add(1)
			go func() {
				defer wg.Done()
				mu.Lock()
				waiting++
				if waiting == waiters {
					allIn.Signal()
				}
				for generation < round {
					gen.Wait()
				}
				woken++
				mu.Unlock()
			}()
		}
		mu.Lock()
		for waiting < waiters {
			allIn.Wait()
		}
		// Every waiter holds or has released mu inside gen.Wait: none can
		// have seen generation == round yet.
		if woken != (round-1)*waiters {
			fail("round %d: %d woke before the broadcast", round, woken-(round-1)*waiters)
		}
		waiting = 0
		generation = round
		gen.Broadcast()
		mu.Unlock()
		wg.Wait() // all 20 must wake, or this deadlocks
		if woken != round*waiters {
			fail("round %d: woken = %d, want %d", round, woken, round*waiters)
		}
	}

	// Signal wakes exactly one: three waiters, three Signals.
	ready := false
	tokens := 0
	var wg sync.WaitGroup
	for range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			for !ready || tokens == 0 {
				gen.Wait()
			}
			tokens--
			mu.Unlock()
		}()
	}
	for range 3 {
		mu.Lock()
		ready = true
		tokens++
		gen.Signal()
		mu.Unlock()
	}
	wg.Wait()
	if tokens != 0 {
		fail("tokens left: %d", tokens)
	}
	fmt.Println("ok")
}
