package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *Counter) Inc(key string) {
	c.mu.Lock()
	c.n[key]++
	c.mu.Unlock()
}

func (c *Counter) Value(key string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n[key]
}

func main() {
	c := Counter{n: make(map[string]int)}
	var wg sync.WaitGroup
	for g := 0; g < 100; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				c.Inc("hits")
				if i%10 == 0 {
					c.Inc("tenths")
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println("hits:", c.Value("hits"))
	fmt.Println("tenths:", c.Value("tenths"))
	fmt.Println("missing:", c.Value("missing"))

	// a plain int guarded by a mutex in a closure
	var mu sync.Mutex
	total := 0
	for i := 1; i <= 1000; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			defer mu.Unlock()
			total += i
		}()
	}
	wg.Wait()
	fmt.Println("total:", total)
}
