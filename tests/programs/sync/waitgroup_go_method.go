package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

// WaitGroup.Go (Go 1.25) does Add(1), starts f in a goroutine and calls
// Done when f returns.
func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var lengths []string
	for _, w := range strings.Fields("the gopher wears a blue jacket") {
		wg.Go(func() {
			mu.Lock()
			defer mu.Unlock()
			lengths = append(lengths, fmt.Sprintf("%s=%d", w, len(w)))
		})
	}
	wg.Wait()
	sort.Strings(lengths)
	fmt.Println(lengths)

	// nested: a task started with Go may start more tasks with Go
	var sum int
	var sumMu sync.Mutex
	for i := 1; i <= 3; i++ {
		wg.Go(func() {
			for j := 1; j <= 3; j++ {
				wg.Go(func() {
					sumMu.Lock()
					sum += i * j
					sumMu.Unlock()
				})
			}
		})
	}
	wg.Wait()
	fmt.Println("sum of i*j for i,j in 1..3:", sum)

	// mixing Go with Add/Done
	results := make([]int, 4)
	wg.Add(1)
	go func() {
		defer wg.Done()
		results[0] = 10
	}()
	for i := 1; i < 4; i++ {
		wg.Go(func() { results[i] = 10 * (i + 1) })
	}
	wg.Wait()
	fmt.Println(results)
}
