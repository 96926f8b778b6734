package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	// Wait on a WaitGroup whose counter is zero returns immediately
	var wg sync.WaitGroup
	wg.Wait()
	fmt.Println("Wait on zero counter returned")

	// Add with n > 1, Done one at a time
	results := make([]string, 3)
	wg.Add(3)
	for i, name := range []string{"fetch", "parse", "store"} {
		go func() {
			defer wg.Done()
			time.Sleep(time.Duration(3-i) * 10 * time.Millisecond)
			results[i] = name + " ok"
		}()
	}
	wg.Wait()
	fmt.Println(results)

	// Add(-1) is the same as Done
	wg.Add(2)
	go func() { wg.Add(-1) }()
	go func() { wg.Done() }()
	wg.Wait()
	fmt.Println("Add(-1) counts as Done")

	// several goroutines can Wait on the same WaitGroup
	var setup sync.WaitGroup
	setup.Add(1)
	var waiters sync.WaitGroup
	woke := make(chan int, 5)
	for i := 0; i < 5; i++ {
		waiters.Add(1)
		go func() {
			defer waiters.Done()
			setup.Wait()
			woke <- i
		}()
	}
	time.Sleep(20 * time.Millisecond)
	fmt.Println("woken before setup finished:", len(woke))
	setup.Done()
	waiters.Wait()
	fmt.Println("woken after setup finished:", len(woke))

	// passing a WaitGroup by value would copy it; pass a pointer
	worker := func(id int, wg *sync.WaitGroup, out []int) {
		defer wg.Done()
		out[id] = id * id
	}
	out := make([]int, 6)
	for i := range out {
		wg.Add(1)
		go worker(i, &wg, out)
	}
	wg.Wait()
	fmt.Println(out)
}
