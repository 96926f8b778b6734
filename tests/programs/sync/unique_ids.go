package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

// An ID generator shared by many goroutines: atomic Add hands out every
// number exactly once.
type IDGen struct{ next atomic.Uint64 }

func (g *IDGen) New() uint64 { return g.next.Add(1) }

func main() {
	var gen IDGen
	const workers, each = 50, 200
	ids := make([][]uint64, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range each {
				ids[w] = append(ids[w], gen.New())
			}
		}()
	}
	wg.Wait()

	var all []uint64
	for _, part := range ids {
		// each goroutine saw its own IDs in increasing order
		for i := 1; i < len(part); i++ {
			if part[i] <= part[i-1] {
				fmt.Println("not increasing!")
			}
		}
		all = append(all, part...)
	}
	sort.Slice(all, func(i, j int) bool { return all[i] < all[j] })
	unique := true
	for i, id := range all {
		if id != uint64(i+1) {
			unique = false
		}
	}
	fmt.Println("ids handed out:", len(all))
	fmt.Println("exactly 1..N, no duplicates:", unique)
	fmt.Println("next id:", gen.New())
}
