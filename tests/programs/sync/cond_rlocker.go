package main

import (
	"fmt"
	"sort"
	"sync"
)

// A Cond whose Locker is the read side of an RWMutex: many readers wait
// for a version change while holding only read locks.
type Store struct {
	rw      sync.RWMutex
	changed *sync.Cond
	version int
	value   string
}

func NewStore() *Store {
	s := &Store{}
	s.changed = sync.NewCond(s.rw.RLocker())
	return s
}

func (s *Store) WaitNewer(than int) (int, string) {
	s.rw.RLock()
	defer s.rw.RUnlock()
	for s.version <= than {
		s.changed.Wait()
	}
	return s.version, s.value
}

func (s *Store) Set(v string) {
	s.rw.Lock()
	s.version++
	s.value = v
	s.rw.Unlock()
	s.changed.Broadcast()
}

func main() {
	s := NewStore()
	var wg sync.WaitGroup
	var mu sync.Mutex
	var seen []string
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v, val := s.WaitNewer(1)
			mu.Lock()
			seen = append(seen, fmt.Sprintf("reader%d saw v%d=%s", i, v, val))
			mu.Unlock()
		}()
	}
	s.Set("first")  // version 1: readers keep waiting
	s.Set("second") // version 2: wakes everyone
	wg.Wait()
	sort.Strings(seen)
	for _, l := range seen {
		fmt.Println(l)
	}
	// RLocker's Lock/Unlock are RLock/RUnlock
	l := s.rw.RLocker()
	l.Lock()
	fmt.Println("TryLock while RLocker held:", s.rw.TryLock())
	fmt.Println("TryRLock while RLocker held:", s.rw.TryRLock())
	s.rw.RUnlock()
	l.Unlock()
}
