// Package semaphore (golite, golang.org/x/sync/semaphore): a weighted
// semaphore, in Go. Waiters are served in FIFO order; a large request at
// the head of the queue blocks later small ones (no starvation).
package semaphore

import (
	"context"
	"sync"
)

// waiter is one blocked Acquire, in a doubly linked FIFO list.
type waiter struct {
	n          int64
	ready      chan struct{} // closed when the semaphore is acquired
	prev, next *waiter
	queued     bool
}

// NewWeighted creates a new weighted semaphore with the given maximum
// combined weight for concurrent access.
func NewWeighted(n int64) *Weighted {
	w := &Weighted{size: n}
	return w
}

// Weighted provides a way to bound concurrent access to a resource. The
// callers can request access with a given weight.
type Weighted struct {
	size       int64
	cur        int64
	mu         sync.Mutex
	head, tail *waiter
}

func (s *Weighted) pushBack(w *waiter) {
	w.prev = s.tail
	w.next = nil
	if s.tail != nil {
		s.tail.next = w
	} else {
		s.head = w
	}
	s.tail = w
	w.queued = true
}

func (s *Weighted) remove(w *waiter) {
	if !w.queued {
		return
	}
	if w.prev != nil {
		w.prev.next = w.next
	} else {
		s.head = w.next
	}
	if w.next != nil {
		w.next.prev = w.prev
	} else {
		s.tail = w.prev
	}
	w.prev, w.next = nil, nil
	w.queued = false
}

// Acquire acquires the semaphore with a weight of n, blocking until
// resources are available or ctx is done. On success, returns nil. On
// failure, returns ctx.Err() and leaves the semaphore unchanged.
func (s *Weighted) Acquire(ctx context.Context, n int64) error {
	done := ctx.Done()

	s.mu.Lock()
	select {
	case <-done:
		// Already done: fail even if the semaphore is free.
		s.mu.Unlock()
		return ctx.Err()
	default:
	}
	if s.size-s.cur >= n && s.head == nil {
		s.cur += n
		s.mu.Unlock()
		return nil
	}

	if n > s.size {
		// Can never succeed: wait for ctx without blocking other callers.
		s.mu.Unlock()
		<-done
		return ctx.Err()
	}

	w := &waiter{n: n, ready: make(chan struct{})}
	s.pushBack(w)
	s.mu.Unlock()

	select {
	case <-done:
		s.mu.Lock()
		select {
		case <-w.ready:
			// Acquired just as ctx ended: give the weight back.
			s.cur -= n
			s.notifyWaiters()
		default:
			isFront := s.head == w
			s.remove(w)
			// Leaving the head may let the next waiters in.
			if isFront && s.size > s.cur {
				s.notifyWaiters()
			}
		}
		s.mu.Unlock()
		return ctx.Err()

	case <-w.ready:
		// Acquired; still report ctx's end if it raced with us.
		select {
		case <-done:
			s.Release(n)
			return ctx.Err()
		default:
		}
		return nil
	}
}

// TryAcquire acquires the semaphore with a weight of n without blocking.
// On success, returns true. On failure, returns false and leaves the
// semaphore unchanged.
func (s *Weighted) TryAcquire(n int64) bool {
	s.mu.Lock()
	success := s.size-s.cur >= n && s.head == nil
	if success {
		s.cur += n
	}
	s.mu.Unlock()
	return success
}

// Release releases the semaphore with a weight of n.
func (s *Weighted) Release(n int64) {
	s.mu.Lock()
	s.cur -= n
	if s.cur < 0 {
		s.mu.Unlock()
		panic("semaphore: released more than held")
	}
	s.notifyWaiters()
	s.mu.Unlock()
}

// notifyWaiters admits waiters from the head of the queue while their
// weight fits; it stops at the first one that does not fit.
func (s *Weighted) notifyWaiters() {
	for {
		w := s.head
		if w == nil {
			break
		}
		if s.size-s.cur < w.n {
			break
		}
		s.cur += w.n
		s.remove(w)
		close(w.ready)
	}
}
