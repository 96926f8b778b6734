package main

import (
	"fmt"
	"strings"
	"sync"
)

// Each worker writes only its own slot of a pre-sized slice, so no lock is
// needed and the results come out in index order regardless of scheduling.
func process(word string) string {
	return strings.ToUpper(word) + fmt.Sprintf("(%d)", len(word))
}

func main() {
	words := []string{"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"}
	results := make([]string, len(words))

	var wg sync.WaitGroup
	for i, w := range words {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = process(w)
		}()
	}
	wg.Wait()

	for i, r := range results {
		fmt.Printf("%d: %s\n", i, r)
	}

	// The same join, this time with Add called once for the whole batch.
	squares := make([]int, 20)
	wg.Add(len(squares))
	for i := range squares {
		go func() {
			defer wg.Done()
			squares[i] = i * i
		}()
	}
	wg.Wait()
	total := 0
	for _, s := range squares {
		total += s
	}
	fmt.Println("squares:", squares[:5], "...", squares[19])
	fmt.Println("sum of squares 0..19:", total)
}
