package main

import (
	"fmt"
	"sync"
)

type Inventory struct {
	mu    sync.Mutex
	items map[string]int
}

func (inv *Inventory) Count(name string) int {
	inv.mu.Lock()
	defer inv.mu.Unlock()
	return inv.items[name]
}

// Restock calls Count while already holding the lock: Go's Mutex is not
// reentrant, so this blocks forever.
func (inv *Inventory) Restock(name string, min int) {
	inv.mu.Lock()
	defer inv.mu.Unlock()
	fmt.Println("restocking", name)
	if inv.Count(name) < min {
		inv.items[name] = min
	}
}

func main() {
	inv := &Inventory{items: map[string]int{"bolts": 3}}
	fmt.Println("bolts:", inv.Count("bolts"))
	inv.Restock("bolts", 10)
	fmt.Println("bolts:", inv.Count("bolts"))
}
