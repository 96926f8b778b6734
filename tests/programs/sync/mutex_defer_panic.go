package main

import (
	"errors"
	"fmt"
	"sync"
)

type Ledger struct {
	mu      sync.Mutex
	entries []int
}

// Add unlocks with defer, so a panic in the middle still releases the lock.
func (l *Ledger) Add(v int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if v < 0 {
		panic(errors.New("negative entry"))
	}
	l.entries = append(l.entries, v)
}

// AddFragile unlocks by hand: a panic leaves the mutex locked.
func (l *Ledger) AddFragile(v int) {
	l.mu.Lock()
	if v < 0 {
		panic(errors.New("negative entry"))
	}
	l.entries = append(l.entries, v)
	l.mu.Unlock()
}

func safely(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	f()
	return nil
}

func main() {
	l := &Ledger{}
	fmt.Println(safely(func() { l.Add(5) }))
	fmt.Println(safely(func() { l.Add(-1) }))
	fmt.Println(safely(func() { l.Add(7) }))
	fmt.Println("entries:", l.entries)
	fmt.Println("lock free after panic with defer:", l.mu.TryLock())
	l.mu.Unlock()

	fmt.Println(safely(func() { l.AddFragile(-2) }))
	fmt.Println("lock free after panic without defer:", l.mu.TryLock())
}
