package main

import (
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
)

// A read-mostly cache: lookups take the read lock; a miss computes the
// value and stores it under the write lock, re-checking after the upgrade
// because another goroutine may have filled it in meanwhile.
type Cache struct {
	mu       sync.RWMutex
	data     map[string]string
	computes atomic.Int32
}

func (c *Cache) Get(key string) string {
	c.mu.RLock()
	v, ok := c.data[key]
	c.mu.RUnlock()
	if ok {
		return v
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := c.data[key]; ok { // double-check
		return v
	}
	c.computes.Add(1)
	v = strings.ToUpper(key) + "!"
	c.data[key] = v
	return v
}

func main() {
	c := &Cache{data: map[string]string{}}
	keys := []string{"alpha", "beta", "gamma", "delta"}
	var wg sync.WaitGroup
	results := make([]string, 400)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = c.Get(keys[i%len(keys)])
		}()
	}
	wg.Wait()
	fmt.Println(results[0], results[1], results[2], results[3])
	ok := true
	for i, r := range results {
		if r != results[i%len(keys)] {
			ok = false
		}
	}
	fmt.Println("consistent:", ok)
	fmt.Println("each key computed exactly once:", c.computes.Load())
	fmt.Println(c.data)
}
