package main

import (
	"fmt"
	"sync"
	"time"
)

// A token bucket: capacity tokens, refilled at one token per interval by a
// background goroutine; Allow takes a token if one is available.
type Bucket struct {
	tokens chan struct{}
	stop   chan struct{}
	wg     sync.WaitGroup
}

func NewBucket(capacity int, every time.Duration) *Bucket {
	b := &Bucket{tokens: make(chan struct{}, capacity), stop: make(chan struct{})}
	for i := 0; i < capacity; i++ {
		b.tokens <- struct{}{}
	}
	b.wg.Add(1)
	go func() {
		defer b.wg.Done()
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-t.C:
				select {
				case b.tokens <- struct{}{}:
				default: // bucket full
				}
			case <-b.stop:
				return
			}
		}
	}()
	return b
}

func (b *Bucket) Allow() bool {
	select {
	case <-b.tokens:
		return true
	default:
		return false
	}
}

func (b *Bucket) Wait() { <-b.tokens }

func (b *Bucket) Close() {
	close(b.stop)
	b.wg.Wait()
}

func main() {
	b := NewBucket(3, 100*time.Millisecond)
	defer b.Close()

	// a burst of 5 immediate requests: 3 allowed, 2 rejected
	var burst []bool
	for i := 0; i < 5; i++ {
		burst = append(burst, b.Allow())
	}
	fmt.Println("burst:", burst)

	// after a refill interval one more is allowed
	time.Sleep(150 * time.Millisecond)
	fmt.Println("after one interval:", b.Allow(), b.Allow())

	// Wait blocks until a token arrives
	start := time.Now()
	b.Wait()
	fmt.Println("waited for a token:", time.Since(start) > 0)

	// concurrent clients: with an empty bucket and a stopped refill, only
	// the tokens put in by hand are handed out
	b2 := &Bucket{tokens: make(chan struct{}, 10)}
	for i := 0; i < 4; i++ {
		b2.tokens <- struct{}{}
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	allowed := 0
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if b2.Allow() {
				mu.Lock()
				allowed++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("allowed out of 20 concurrent requests:", allowed)
}
