package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// A weighted semaphore from a Mutex and a Cond: Acquire(n) waits until n
// units of capacity are free.
type Weighted struct {
	mu   sync.Mutex
	cond *sync.Cond
	size int
	used int
}

func NewWeighted(n int) *Weighted {
	w := &Weighted{size: n}
	w.cond = sync.NewCond(&w.mu)
	return w
}

func (w *Weighted) Acquire(n int) {
	w.mu.Lock()
	for w.used+n > w.size {
		w.cond.Wait()
	}
	w.used += n
	w.mu.Unlock()
}

func (w *Weighted) Release(n int) {
	w.mu.Lock()
	w.used -= n
	w.mu.Unlock()
	w.cond.Broadcast()
}

func (w *Weighted) TryAcquire(n int) bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.used+n > w.size {
		return false
	}
	w.used += n
	return true
}

func main() {
	sem := NewWeighted(10)
	var inUse, peak atomic.Int32
	var wg sync.WaitGroup
	for i := 0; i < 30; i++ {
		weight := i%4 + 1
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem.Acquire(weight)
			cur := inUse.Add(int32(weight))
			for {
				p := peak.Load()
				if cur <= p || peak.CompareAndSwap(p, cur) {
					break
				}
			}
			inUse.Add(-int32(weight))
			sem.Release(weight)
		}()
	}
	wg.Wait()
	fmt.Println("peak weight within capacity:", peak.Load() <= 10)
	fmt.Println("all released:", sem.used == 0)

	fmt.Println("TryAcquire 7:", sem.TryAcquire(7))
	fmt.Println("TryAcquire 4:", sem.TryAcquire(4))
	fmt.Println("TryAcquire 3:", sem.TryAcquire(3))
	sem.Release(10)
	fmt.Println("TryAcquire 10:", sem.TryAcquire(10))
}
