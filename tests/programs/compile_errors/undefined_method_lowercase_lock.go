package main

import (
	"fmt"
	"sync"
)

type SafeCounter struct {
	mu sync.Mutex
	n  int
}

func (c *SafeCounter) Inc() {
	c.mu.lock()
	c.n++
	c.mu.Unlock()
}

func main() {
	c := &SafeCounter{}
	c.Inc()
	fmt.Println(c.n)
}
