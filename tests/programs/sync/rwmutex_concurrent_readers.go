package main

import (
	"fmt"
	"sync"
)

// Proof that readers share an RWMutex: every reader holds its read lock
// while waiting for all the others to arrive. If read locks excluded each
// other, this would deadlock.
func main() {
	var rw sync.RWMutex
	const readers = 8
	var arrived sync.WaitGroup
	arrived.Add(readers)
	var done sync.WaitGroup
	values := make([]int, readers)
	data := 42

	for i := 0; i < readers; i++ {
		done.Add(1)
		go func() {
			defer done.Done()
			rw.RLock()
			defer rw.RUnlock()
			arrived.Done()
			arrived.Wait() // all readers are inside at the same time
			values[i] = data + i
		}()
	}
	done.Wait()
	fmt.Println("all readers were inside together:", values)

	// RLock can be taken recursively... as long as no writer is waiting
	rw.RLock()
	rw.RLock()
	fmt.Println("nested read locks held")
	rw.RUnlock()
	rw.RUnlock()

	// after readers leave, the writer gets in
	rw.Lock()
	data = 100
	rw.Unlock()
	rw.RLock()
	fmt.Println("data:", data)
	rw.RUnlock()
}
