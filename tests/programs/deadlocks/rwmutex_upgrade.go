package main

import (
	"fmt"
	"sync"
)

type Cache struct {
	mu   sync.RWMutex
	data map[string]string
}

// Get tries to "upgrade" its read lock to a write lock on a miss. Lock
// waits for all readers to leave, including this goroutine itself.
func (c *Cache) Get(key string) string {
	c.mu.RLock()
	defer c.mu.RUnlock()
	if v, ok := c.data[key]; ok {
		return v
	}
	fmt.Println("miss for", key, "- taking the write lock")
	c.mu.Lock()
	c.data[key] = "computed-" + key
	c.mu.Unlock()
	return c.data[key]
}

func main() {
	c := &Cache{data: map[string]string{"a": "alpha"}}
	fmt.Println(c.Get("a"))
	fmt.Println(c.Get("b"))
}
