package main

import (
	"crypto/sha256"
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

// Hash many "files" with at most 4 hashing at once, limited by a
// buffered-channel semaphore (as in the "Go Concurrency Patterns:
// Pipelines" article's bounded variant).
func main() {
	files := map[string]string{}
	for i := 0; i < 20; i++ {
		files[fmt.Sprintf("file%02d.txt", i)] = fmt.Sprintf("contents of file number %d", i)
	}

	const limit = 4
	sem := make(chan struct{}, limit)
	var active, maxActive atomic.Int32
	var mu sync.Mutex
	sums := map[string][32]byte{}
	var wg sync.WaitGroup

	for name, data := range files {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()

			n := active.Add(1)
			for {
				m := maxActive.Load()
				if n <= m || maxActive.CompareAndSwap(m, n) {
					break
				}
			}
			sum := sha256.Sum256([]byte(data))
			active.Add(-1)

			mu.Lock()
			sums[name] = sum
			mu.Unlock()
		}()
	}
	wg.Wait()

	names := make([]string, 0, len(sums))
	for n := range sums {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names[:5] {
		s := sums[n]
		fmt.Printf("%x  %s\n", s[:8], n)
	}
	fmt.Println("files hashed:", len(sums))
	fmt.Println("never more than", limit, "at once:", maxActive.Load() <= limit)
}
