package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

func main() {
	var m sync.Map
	var wg sync.WaitGroup

	// 50 goroutines race to LoadOrStore the same key: exactly one stores
	var stored atomic.Int32
	winners := make(chan int, 50)
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v, loaded := m.LoadOrStore("leader", i)
			if !loaded {
				stored.Add(1)
				winners <- i
			}
			_ = v
		}()
	}
	wg.Wait()
	w := <-winners
	leader, _ := m.Load("leader")
	fmt.Println("stores:", stored.Load(), "winner holds the key:", leader == w)

	// per-key counters updated with a CompareAndSwap loop
	words := []string{"go", "chan", "go", "select", "chan", "go", "mutex"}
	for rep := 0; rep < 100; rep++ {
		for _, word := range words {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for {
					old, loaded := m.LoadOrStore(word, 1)
					if !loaded {
						return
					}
					if m.CompareAndSwap(word, old, old.(int)+1) {
						return
					}
				}
			}()
		}
	}
	wg.Wait()
	var lines []string
	m.Range(func(k, v any) bool {
		if k != "leader" {
			lines = append(lines, fmt.Sprintf("%s=%d", k, v))
		}
		return true
	})
	sort.Strings(lines)
	fmt.Println(lines)

	// a registry of atomic counters: LoadOrStore hands out one pointer
	var reg sync.Map
	for i := 0; i < 1000; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c, _ := reg.LoadOrStore(i%3, new(atomic.Int64))
			c.(*atomic.Int64).Add(1)
		}()
	}
	wg.Wait()
	for k := 0; k < 3; k++ {
		c, _ := reg.Load(k)
		fmt.Printf("bucket %d: %d\n", k, c.(*atomic.Int64).Load())
	}
}
