package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

func main() {
	// context.AfterFunc runs f in its own goroutine once ctx is done
	ctx, cancel := context.WithCancel(context.Background())
	ran := make(chan string, 1)
	stop := context.AfterFunc(ctx, func() { ran <- "cleanup after cancel" })
	cancel()
	fmt.Println(<-ran)
	// stop after f has started reports false
	fmt.Println("stop after run:", stop())

	// stopping before the context is done prevents the call
	ctx2, cancel2 := context.WithCancel(context.Background())
	called := false
	var mu sync.Mutex
	stop2 := context.AfterFunc(ctx2, func() {
		mu.Lock()
		called = true
		mu.Unlock()
	})
	fmt.Println("stop before cancel:", stop2())
	fmt.Println("stop again:", stop2())
	cancel2()
	time.Sleep(50 * time.Millisecond)
	mu.Lock()
	fmt.Println("f called after being stopped:", called)
	mu.Unlock()

	// registering on an already-done context runs f right away
	done := make(chan bool)
	context.AfterFunc(ctx2, func() { done <- true })
	fmt.Println("runs immediately on a done context:", <-done)

	// works with timeouts too: e.g. closing a resource when a deadline hits
	ctx3, cancel3 := context.WithTimeout(context.Background(), 40*time.Millisecond)
	defer cancel3()
	closed := make(chan error)
	context.AfterFunc(ctx3, func() { closed <- ctx3.Err() })
	fmt.Println("resource closed because:", <-closed)

	// several AfterFuncs on one context all run
	ctx4, cancel4 := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	results := make([]int, 5)
	for i := range results {
		wg.Add(1)
		context.AfterFunc(ctx4, func() {
			defer wg.Done()
			results[i] = i + 1
		})
	}
	cancel4()
	wg.Wait()
	fmt.Println(results)
}
