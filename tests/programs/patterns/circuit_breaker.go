package main

import (
	"errors"
	"fmt"
	"sync"
	"time"
)

type State int

const (
	Closed State = iota
	Open
	HalfOpen
)

func (s State) String() string {
	return [...]string{"closed", "open", "half-open"}[s]
}

var ErrOpen = errors.New("circuit open")

// Breaker opens after `threshold` consecutive failures, rejects calls
// while open, and lets one trial call through after `cooldown`.
type Breaker struct {
	mu        sync.Mutex
	state     State
	failures  int
	threshold int
	cooldown  time.Duration
	openedAt  time.Time
}

func (b *Breaker) Call(f func() error) error {
	b.mu.Lock()
	if b.state == Open {
		if time.Since(b.openedAt) < b.cooldown {
			b.mu.Unlock()
			return ErrOpen
		}
		b.state = HalfOpen
	}
	b.mu.Unlock()

	err := f()

	b.mu.Lock()
	defer b.mu.Unlock()
	if err != nil {
		b.failures++
		if b.state == HalfOpen || b.failures >= b.threshold {
			b.state = Open
			b.openedAt = time.Now()
		}
		return err
	}
	b.failures = 0
	b.state = Closed
	return nil
}

func (b *Breaker) State() State {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.state
}

func main() {
	b := &Breaker{threshold: 3, cooldown: 80 * time.Millisecond}
	healthy := false
	backendCalls := 0
	service := func() error {
		backendCalls++
		if healthy {
			return nil
		}
		return errors.New("503 service unavailable")
	}

	for i := 1; i <= 5; i++ {
		err := b.Call(service)
		fmt.Printf("call %d: err=%v state=%v\n", i, err, b.State())
	}
	fmt.Println("backend calls so far:", backendCalls)

	// after the cooldown, a trial call; it fails, so the breaker reopens
	time.Sleep(100 * time.Millisecond)
	fmt.Println("trial:", b.Call(service), "state:", b.State())
	fmt.Println("immediately after:", b.Call(service))

	// the backend recovers; the next trial closes the circuit
	healthy = true
	time.Sleep(100 * time.Millisecond)
	fmt.Println("trial:", b.Call(service), "state:", b.State())

	// concurrent callers against a healthy backend all get through
	var wg sync.WaitGroup
	var mu sync.Mutex
	ok := 0
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if b.Call(func() error { return nil }) == nil {
				mu.Lock()
				ok++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("concurrent successes:", ok, "state:", b.State())
	fmt.Println("backend calls total:", backendCalls)
}
