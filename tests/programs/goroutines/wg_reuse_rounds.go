package main

import (
	"fmt"
	"sync"
)

// A WaitGroup can be reused once Wait has returned: each round of a
// simulation waits for all cells before starting the next round.
func main() {
	cells := []int{0, 0, 0, 0, 0, 0, 0, 0, 0, 0}
	cells[4] = 100
	var wg sync.WaitGroup

	for round := 1; round <= 5; round++ {
		next := make([]int, len(cells))
		for i := range cells {
			wg.Add(1)
			go func() {
				defer wg.Done()
				left, right := 0, 0
				if i > 0 {
					left = cells[i-1]
				}
				if i < len(cells)-1 {
					right = cells[i+1]
				}
				// simple diffusion: keep half, receive a quarter from each side
				next[i] = cells[i]/2 + left/4 + right/4
			}()
		}
		wg.Wait()
		cells = next
		total := 0
		for _, c := range cells {
			total += c
		}
		fmt.Printf("round %d: %v total=%d\n", round, cells, total)
	}

	// nested Add/Done inside goroutines before Wait returns is fine as
	// long as the counter never reaches zero in between
	var mu sync.Mutex
	order := 0
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; i < 3; i++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				mu.Lock()
				order += i + 1
				mu.Unlock()
			}()
		}
	}()
	wg.Wait()
	fmt.Println("nested total:", order)
}
