package main

import (
	"fmt"
	"sort"
	"sync"
)

// newTally returns closures sharing one map guarded by one mutex.
func newTally() (inc func(string), snapshot func() map[string]int) {
	var mu sync.Mutex
	counts := map[string]int{}
	inc = func(k string) {
		mu.Lock()
		counts[k]++
		mu.Unlock()
	}
	snapshot = func() map[string]int {
		mu.Lock()
		defer mu.Unlock()
		cp := make(map[string]int, len(counts))
		for k, v := range counts {
			cp[k] = v
		}
		return cp
	}
	return
}

func main() {
	inc, snapshot := newTally()
	text := "to be or not to be that is the question whether tis nobler in the mind to suffer"
	words := []string{}
	start := 0
	for i := 0; i <= len(text); i++ {
		if i == len(text) || text[i] == ' ' {
			words = append(words, text[start:i])
			start = i + 1
		}
	}

	var wg sync.WaitGroup
	// every word is counted 3 times by 3 different goroutines
	for rep := 0; rep < 3; rep++ {
		for _, w := range words {
			wg.Add(1)
			go func() {
				defer wg.Done()
				inc(w)
			}()
		}
	}
	wg.Wait()

	snap := snapshot()
	keys := make([]string, 0, len(snap))
	for k := range snap {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if snap[k] > 3 {
			fmt.Println(k, snap[k])
		}
	}
	fmt.Println("distinct words:", len(keys))
	// fmt prints maps sorted by key
	fmt.Println(snap)
}
