package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// Double-checked initialisation with an atomic flag and a mutex, the way
// sync.Once is implemented: a fast path without the lock once done.
type Lazy[T any] struct {
	done  atomic.Bool
	mu    sync.Mutex
	value T
	init  func() T
	calls atomic.Int32
}

func (l *Lazy[T]) Get() T {
	if l.done.Load() {
		return l.value
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if !l.done.Load() {
		l.calls.Add(1)
		l.value = l.init()
		l.done.Store(true)
	}
	return l.value
}

func main() {
	primes := &Lazy[[]int]{init: func() []int {
		var ps []int
		for n := 2; len(ps) < 10; n++ {
			isPrime := true
			for _, p := range ps {
				if n%p == 0 {
					isPrime = false
					break
				}
			}
			if isPrime {
				ps = append(ps, n)
			}
		}
		return ps
	}}
	var wg sync.WaitGroup
	sums := make([]int, 64)
	for i := range sums {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, p := range primes.Get() {
				sums[i] += p
			}
		}()
	}
	wg.Wait()
	fmt.Println("primes:", primes.Get())
	fmt.Println("init ran:", primes.calls.Load())
	same := true
	for _, s := range sums {
		same = same && s == sums[0]
	}
	fmt.Println("every goroutine saw sum", sums[0], same)
}
