package main

import (
	"fmt"
	"sync"
)

// A mailbox holding at most one letter; Cond.Signal wakes one waiter
// each time the state changes.
type Mailbox struct {
	mu     sync.Mutex
	cond   *sync.Cond
	letter string
	full   bool
}

func NewMailbox() *Mailbox {
	m := &Mailbox{}
	m.cond = sync.NewCond(&m.mu)
	return m
}

func (m *Mailbox) Put(s string) {
	m.mu.Lock()
	for m.full {
		m.cond.Wait()
	}
	m.letter, m.full = s, true
	m.mu.Unlock()
	m.cond.Signal()
}

func (m *Mailbox) Take() string {
	m.mu.Lock()
	for !m.full {
		m.cond.Wait() // unlocks mu while waiting, relocks before returning
	}
	s := m.letter
	m.full = false
	m.mu.Unlock()
	m.cond.Signal()
	return s
}

func main() {
	mb := NewMailbox()
	go func() {
		for i := 1; i <= 5; i++ {
			mb.Put(fmt.Sprint("letter #", i))
		}
		mb.Put("")
	}()
	for {
		s := mb.Take()
		if s == "" {
			break
		}
		fmt.Println("took", s)
	}

	// Signal with no waiters is a no-op; Wait must be called with L held
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	c.Signal()
	c.Broadcast()
	fmt.Println("Signal/Broadcast without waiters: fine")
	fmt.Println("c.L is &mu:", c.L == &mu)
}
