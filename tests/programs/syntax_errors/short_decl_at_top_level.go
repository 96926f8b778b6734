package main

import (
	"fmt"
	"sync"
)

var mu sync.Mutex
limit := 5

func main() {
	mu.Lock()
	fmt.Println(limit)
	mu.Unlock()
}
