// Package sync (golite): Mutex, RWMutex, WaitGroup and Cond. Their
// blocking operations are natives that park the calling goroutine in a
// runtime wait queue (never blocking an OS thread); the goroutines parked
// there count as asleep for deadlock detection.
package sync

import "sync/atomic"

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// A Mutex is a mutual exclusion lock. The zero value is an unlocked mutex.
//
// Native state: state is 0 when unlocked and 1 when locked (the native may
// use higher bits for waiter bookkeeping); waiters are parked in a runtime
// wait queue keyed by the address of sema (Go's semaphore table idea).
type Mutex struct {
	_     noCopy
	state int32
	sema  uint32
}

// Lock locks m, parking the goroutine until the mutex is available.
func (m *Mutex) Lock()

// TryLock tries to lock m and reports whether it succeeded.
func (m *Mutex) TryLock() bool

// Unlock unlocks m, handing it to a waiter if there is one. Native:
// unlocking an unlocked mutex is Go's unrecoverable
// "fatal error: sync: unlock of unlocked mutex" (exit 2).
func (m *Mutex) Unlock()

// A RWMutex is a reader/writer mutual exclusion lock: any number of
// readers or a single writer. A blocked Lock call excludes new readers.
//
// Native state: w serialises writers; readerCount counts active readers
// (minus rwmutexMaxReaders while a writer is pending, as in Go);
// readerWait counts the readers a pending writer still waits for; writers
// park on the queue keyed by &writerSem, readers on &readerSem.
type RWMutex struct {
	w           Mutex
	writerSem   uint32
	readerSem   uint32
	readerCount int32
	readerWait  int32
}

// RLock locks rw for reading.
func (rw *RWMutex) RLock()

// TryRLock tries to lock rw for reading and reports whether it succeeded.
func (rw *RWMutex) TryRLock() bool

// RUnlock undoes a single RLock call. Native: without a matching RLock it
// is "fatal error: sync: RUnlock of unlocked RWMutex".
func (rw *RWMutex) RUnlock()

// Lock locks rw for writing.
func (rw *RWMutex) Lock()

// TryLock tries to lock rw for writing and reports whether it succeeded.
func (rw *RWMutex) TryLock() bool

// Unlock unlocks rw for writing. Native: when rw is not locked for writing
// it is "fatal error: sync: Unlock of unlocked RWMutex".
func (rw *RWMutex) Unlock()

// RLocker returns a Locker interface that implements the Lock and Unlock
// methods by calling rw.RLock and rw.RUnlock.
func (rw *RWMutex) RLocker() Locker {
	return (*rlocker)(rw)
}

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }

// A WaitGroup waits for a collection of goroutines to finish.
//
// Native state: state.v (the word inside the atomic.Uint64) holds the
// counter in its high 32 bits and the number of waiters in its low 32
// bits; waiters park on the queue keyed by &sema.
type WaitGroup struct {
	_     noCopy
	state atomic.Uint64
	sema  uint32
}

// Add adds delta, which may be negative, to the WaitGroup counter; when the
// counter becomes zero every goroutine blocked in Wait is released. Native:
// a negative counter panics with "sync: negative WaitGroup counter"; an Add
// with positive delta racing a Wait that is being released panics with
// "sync: WaitGroup misuse: Add called concurrently with Wait".
func (wg *WaitGroup) Add(delta int)

// Wait blocks until the WaitGroup counter is zero.
func (wg *WaitGroup) Wait()

// Done decrements the WaitGroup counter by one.
func (wg *WaitGroup) Done() {
	wg.Add(-1)
}

// Go calls f in a new goroutine and adds that task to the WaitGroup. When f
// returns, the task is removed from the WaitGroup.
func (wg *WaitGroup) Go(f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		f()
	}()
}

// Cond implements a condition variable, a rendezvous point for goroutines
// waiting for or announcing the occurrence of an event. L is held while
// observing or changing the condition.
type Cond struct {
	_ noCopy

	// L is held while observing or changing the condition
	L Locker

	notify notifyList
}

// notifyList is the ticket-based wait list behind Cond (Go's runtime
// notifyList). Native state: wait is the next ticket to hand out, notify
// the next ticket to wake; parked goroutines are kept by the runtime,
// keyed by the address of the notifyList, each with its ticket.
type notifyList struct {
	wait   uint32
	notify uint32
}

// NewCond returns a new Cond with Locker l.
func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

// Wait atomically unlocks c.L and suspends the calling goroutine; after
// resuming it locks c.L before returning. Wait cannot return unless
// awoken by Broadcast or Signal.
func (c *Cond) Wait() {
	t := notifyListAdd(&c.notify)
	c.L.Unlock()
	notifyListWait(&c.notify, t)
	c.L.Lock()
}

// notifyListAdd is a runtime hook. Native: atomically take a ticket
// (l.wait++) and return the old value; the caller then unlocks c.L and
// calls notifyListWait with the ticket.
func notifyListAdd(l *notifyList) uint32

// notifyListWait is a runtime hook. Native: if ticket t has already been
// notified (t < l.notify, in wrap-around order) return at once; otherwise
// park the goroutine on l with ticket t until Signal or Broadcast wakes it.
func notifyListWait(l *notifyList, t uint32)

// Signal wakes one goroutine waiting on c, if there is any (the one with
// the oldest ticket). Native.
func (c *Cond) Signal()

// Broadcast wakes all goroutines waiting on c. Native.
func (c *Cond) Broadcast()

// noCopy marks a type that must not be copied after first use. It has no
// size and is only documentation in golite.
type noCopy struct{}

func (*noCopy) Lock()   {}
func (*noCopy) Unlock() {}
