package main

import (
	"fmt"
	"runtime"
	"sort"
	"sync"
)

// A starting gun: runners wait on a Cond until the race starts; one
// Broadcast wakes all of them.
type Race struct {
	mu      sync.Mutex
	cond    *sync.Cond
	started bool
	waiting int
}

func main() {
	r := &Race{}
	r.cond = sync.NewCond(&r.mu)
	var wg sync.WaitGroup
	var finMu sync.Mutex
	var finished []string

	for _, name := range []string{"ana", "ben", "cal", "dee", "eli", "fay"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r.mu.Lock()
			r.waiting++
			for !r.started {
				r.cond.Wait()
			}
			r.mu.Unlock()
			finMu.Lock()
			finished = append(finished, name)
			finMu.Unlock()
		}()
	}

	// wait until everyone is at the line (polling the shared count)
	for {
		r.mu.Lock()
		n := r.waiting
		r.mu.Unlock()
		if n == 6 {
			break
		}
		runtime.Gosched()
	}
	finMu.Lock()
	fmt.Println("finished before the start:", len(finished))
	finMu.Unlock()

	r.mu.Lock()
	r.started = true
	r.mu.Unlock()
	r.cond.Broadcast()
	wg.Wait()
	sort.Strings(finished)
	fmt.Println("finished:", finished)

	// a single Signal wakes only one of several waiters
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	tokens := 0
	woke := make(chan int, 3)
	var ready sync.WaitGroup
	for i := 0; i < 3; i++ {
		ready.Add(1)
		go func() {
			mu.Lock()
			ready.Done()
			for tokens == 0 {
				c.Wait()
			}
			tokens--
			mu.Unlock()
			woke <- i
		}()
	}
	ready.Wait()
	mu.Lock()
	tokens = 1
	mu.Unlock()
	c.Signal()
	<-woke
	mu.Lock()
	tokens = 2
	mu.Unlock()
	c.Broadcast()
	<-woke
	<-woke
	fmt.Println("one woke on Signal, the other two on Broadcast, tokens left:", tokens)
}
