package main

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
)

// spawn builds a tree of goroutines, each with its own child context.
// A goroutine waits until its context is done, then reports.
func spawn(ctx context.Context, depth int, wg *sync.WaitGroup, started, stopped *atomic.Int32, ready *sync.WaitGroup) {
	defer wg.Done()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	started.Add(1)
	if depth > 0 {
		for i := 0; i < 3; i++ {
			wg.Add(1)
			ready.Add(1)
			go spawn(ctx, depth-1, wg, started, stopped, ready)
		}
	}
	ready.Done()
	<-ctx.Done()
	stopped.Add(1)
}

func main() {
	root, cancel := context.WithCancel(context.Background())
	var wg, ready sync.WaitGroup
	var started, stopped atomic.Int32
	wg.Add(1)
	ready.Add(1)
	go spawn(root, 4, &wg, &started, &stopped, &ready)
	ready.Wait()
	fmt.Println("goroutines started:", started.Load())
	fmt.Println("stopped before cancel:", stopped.Load())

	cancel()
	wg.Wait()
	fmt.Println("stopped after cancel:", stopped.Load())
}
