package main

import (
	"fmt"
	"sync"
)

// A reusable (cyclic) barrier: n goroutines wait until all have arrived,
// then all continue together; the barrier then resets for the next phase.
type Barrier struct {
	mu         sync.Mutex
	cond       *sync.Cond
	n, waiting int
	generation int
}

func NewBarrier(n int) *Barrier {
	b := &Barrier{n: n}
	b.cond = sync.NewCond(&b.mu)
	return b
}

func (b *Barrier) Await() {
	b.mu.Lock()
	defer b.mu.Unlock()
	gen := b.generation
	b.waiting++
	if b.waiting == b.n {
		b.waiting = 0
		b.generation++
		b.cond.Broadcast()
		return
	}
	for gen == b.generation {
		b.cond.Wait()
	}
}

func main() {
	const workers = 4
	const phases = 5
	b := NewBarrier(workers)
	// each worker writes its cell in a phase, then after the barrier reads
	// its neighbour's cell from the same phase
	grid := make([][]int, phases)
	for p := range grid {
		grid[p] = make([]int, workers)
	}
	seen := make([][]int, phases)
	for p := range seen {
		seen[p] = make([]int, workers)
	}
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for p := 0; p < phases; p++ {
				grid[p][w] = (p + 1) * (w + 1)
				b.Await() // everyone has written phase p
				seen[p][w] = grid[p][(w+1)%workers]
				b.Await() // everyone has read phase p
			}
		}()
	}
	wg.Wait()
	for p := 0; p < phases; p++ {
		fmt.Printf("phase %d: wrote %v, neighbours read %v\n", p, grid[p], seen[p])
	}
	fmt.Println("generations:", b.generation)
}
