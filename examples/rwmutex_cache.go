// Lesson: a read-mostly cache with sync.RWMutex.
//
// A sync.RWMutex has two kinds of lock:
//   - RLock/RUnlock: shared. Any number of readers may hold it together.
//   - Lock/Unlock: exclusive. A writer waits until no reader or writer
//     holds the lock, and keeps everyone out while it writes.
//
// For data that is read far more often than written, this lets readers
// run in parallel.
//
// The cache below uses the "check, lock, check again" pattern: a miss under
// the read lock is re-checked under the write lock, because another
// goroutine may have filled the entry in between. Thanks to that, each key
// is computed exactly once, however the goroutines interleave.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Cache struct {
	mu       sync.RWMutex
	data     map[int]int
	computed atomic.Int32 // how many times compute really ran
}

func NewCache() *Cache { return &Cache{data: make(map[int]int)} }

// compute is the slow function we cache: the sum of the divisors of n.
func (c *Cache) compute(n int) int {
	c.computed.Add(1)
	sum := 0
	for d := 1; d <= n; d++ {
		if n%d == 0 {
			sum += d
		}
	}
	return sum
}

func (c *Cache) Get(n int) int {
	// Step 1: the fast path, under the shared read lock.
	c.mu.RLock()
	v, ok := c.data[n]
	c.mu.RUnlock()
	if ok {
		return v
	}

	// Step 2: the slow path, under the exclusive write lock.
	c.mu.Lock()
	defer c.mu.Unlock()
	// Watch: check again! Between RUnlock and Lock another goroutine may
	// have computed n already. Without this check, compute would
	// sometimes run twice for the same key.
	if v, ok := c.data[n]; ok {
		return v
	}
	v = c.compute(n)
	c.data[n] = v // writing a map needs the exclusive lock
	return v
}

func main() {
	cache := NewCache()

	// Step 3: 10 readers, each asking for the keys 1..20 five times,
	// starting at different keys so that they collide.
	const readers = 10
	sums := make([]int, readers)
	var wg sync.WaitGroup
	for r := range readers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 100 {
				key := (r+i)%20 + 1
				sums[r] += cache.Get(key)
			}
		}()
	}
	wg.Wait()

	// Step 4: every reader saw the same values, so every reader's total
	// is the same, and compute ran once per distinct key.
	same := true
	for _, s := range sums {
		same = same && s == sums[0]
	}
	fmt.Println("lookups:", readers*100)
	fmt.Println("distinct keys:", len(cache.data))
	fmt.Println("times compute ran:", cache.computed.Load())
	fmt.Println("every reader got the same total:", same, sums[0])
	for _, n := range []int{6, 12, 20} {
		fmt.Printf("divisor sum of %d: %d\n", n, cache.Get(n))
	}
	// Watch: these lookups were all hits; compute did not run again.
	fmt.Println("times compute ran after more lookups:", cache.computed.Load())
}
