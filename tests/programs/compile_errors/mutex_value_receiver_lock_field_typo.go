package main

import (
	"fmt"
	"sync"
)

type Cache struct {
	sync.RWMutex
	data map[string]string
}

func (c *Cache) Get(k string) string {
	c.RLock()
	defer c.RUnLock()
	return c.data[k]
}

func main() {
	c := &Cache{data: map[string]string{"a": "1"}}
	fmt.Println(c.Get("a"))
}
