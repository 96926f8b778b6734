package main

import (
	"fmt"
	"sync"
)

func lookup(table []string, idx int, wg *sync.WaitGroup, out []string, slot int) {
	// not deferred: a deferred Done would run while the panic unwinds and
	// could let main finish before the crash is reported
	out[slot] = table[idx]
	wg.Done()
}

func main() {
	table := []string{"zero", "one", "two"}
	out := make([]string, 3)
	var wg sync.WaitGroup
	for slot, idx := range []int{2, 0, 1} {
		wg.Add(1)
		go lookup(table, idx, &wg, out, slot)
	}
	wg.Wait()
	fmt.Println(out)

	fmt.Println("now looking up index 5")
	wg.Add(1)
	go lookup(table, 5, &wg, out, 0)
	wg.Wait()
	fmt.Println("never printed")
}
