// Stress: a counting semaphore never admits more than its limit.
// Two implementations: a buffered channel of tokens (limit 4), and a
// Mutex + Cond semaphore (limit 3). 200 goroutines x 5 acquisitions each.
package main

import (
	"fmt"
	"os"
	"runtime"
	"sync"
	"sync/atomic"
)

func fail(format string, args ...any) {
	fmt.Printf("FAIL: "+format+"\n", args...)
	os.Exit(1)
}

type condSem struct {
	mu    sync.Mutex
	cond  *sync.Cond
	avail int
}

func newCondSem(n int) *condSem {
	s := &condSem{avail: n}
	s.cond = sync.NewCond(&s.mu)
	return s
}

func (s *condSem) Acquire() {
	s.mu.Lock()
	for s.avail == 0 {
		s.cond.Wait()
	}
	s.avail--
	s.mu.Unlock()
}

func (s *condSem) Release() {
	s.mu.Lock()
	s.avail++
	s.mu.Unlock()
	s.cond.Signal()
}

func stress(name string, limit int32, acquire, release func()) {
	var inFlight, peak, total atomic.Int32
	var wg sync.WaitGroup
	for g := range 200 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 5 {
				acquire()
				now := inFlight.Add(1)
				if now > limit {
					fail("%s: %d holders, limit %d", name, now, limit)
				}
				for p := peak.Load(); now > p && !peak.CompareAndSwap(p, now); p = peak.Load() {
				}
				if (g+i)%4 == 0 {
					runtime.Gosched() // hold the token across a reschedule
				}
				total.Add(1)
				inFlight.Add(-1)
				release()
			}
		}()
	}
	wg.Wait()
	if total.Load() != 1000 || inFlight.Load() != 0 || peak.Load() < 1 {
		fail("%s: total %d, in flight %d, peak %d", name, total.Load(), inFlight.Load(), peak.Load())
	}
}

func main() {
	tokens := make(chan struct{}, 4)
	stress("channel", 4, func() { tokens <- struct{}{} }, func() { <-tokens })
	if len(tokens) != 0 {
		fail("channel: %d tokens left", len(tokens))
	}
	s := newCondSem(3)
	stress("cond", 3, s.Acquire, s.Release)
	if s.avail != 3 {
		fail("cond: %d available at the end", s.avail)
	}
	fmt.Println("ok")
}
