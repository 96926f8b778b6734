// Package sync (golite): Mutex, RWMutex, WaitGroup and Cond. Their
// blocking operations are natives that park the calling goroutine in a
// runtime wait queue (never blocking an OS thread); the goroutines parked
// there count as asleep for deadlock detection.
package sync

import "sync/atomic"

// Locker is anything with Lock and Unlock methods.
type Locker interface {
	Lock()
	Unlock()
}

// Mutex is a lock held by at most one goroutine at a time. A zero Mutex
// is unlocked.
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

// TryLock locks m only if that needs no waiting, and reports whether it
// did.
func (m *Mutex) TryLock() bool

// Unlock unlocks m, handing it to a waiter if there is one. Native:
// unlocking an unlocked mutex is Go's unrecoverable
// "fatal error: sync: unlock of unlocked mutex" (exit 2).
func (m *Mutex) Unlock()

// RWMutex is a lock held either by one writer or by any number of
// readers. Once a writer waits in Lock, new readers wait behind it.
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

// RLock takes rw as one of its readers, waiting while a writer holds or
// waits for it.
func (rw *RWMutex) RLock()

// TryRLock takes rw as a reader only if that needs no waiting, and
// reports whether it did.
func (rw *RWMutex) TryRLock() bool

// RUnlock undoes a single RLock call. Native: without a matching RLock it
// is "fatal error: sync: RUnlock of unlocked RWMutex".
func (rw *RWMutex) RUnlock()

// Lock takes rw as its only writer, waiting for the current holders.
func (rw *RWMutex) Lock()

// TryLock takes rw as writer only if that needs no waiting, and reports
// whether it did.
func (rw *RWMutex) TryLock() bool

// Unlock unlocks rw for writing. Native: when rw is not locked for writing
// it is "fatal error: sync: Unlock of unlocked RWMutex".
func (rw *RWMutex) Unlock()

// RLocker returns a Locker whose Lock and Unlock take and release rw as
// a reader.
func (rw *RWMutex) RLocker() Locker {
	return (*rlocker)(rw)
}

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }

// WaitGroup counts outstanding tasks so that a goroutine can wait for all
// of them to finish.
//
// Native state: state.v (the word inside the atomic.Uint64) holds the
// counter in its high 32 bits and the number of waiters in its low 32
// bits; waiters park on the queue keyed by &sema.
type WaitGroup struct {
	_     noCopy
	state atomic.Uint64
	sema  uint32
}

// Add changes the task count by delta (which may be negative); when the
// count reaches zero, every goroutine in Wait resumes. Native:
// a negative counter panics with "sync: negative WaitGroup counter"; an Add
// with positive delta racing a Wait that is being released panics with
// "sync: WaitGroup misuse: Add called concurrently with Wait".
func (wg *WaitGroup) Add(delta int)

// Wait parks the caller until the task count is zero.
func (wg *WaitGroup) Wait()

// Done marks one task finished: Add(-1).
func (wg *WaitGroup) Done() {
	wg.Add(-1)
}

// Go counts one more task and runs f in a new goroutine, marking the task
// finished when f returns.
func (wg *WaitGroup) Go(f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		f()
	}()
}

// Cond is a condition variable: goroutines wait on it until another
// announces, with Signal or Broadcast, that something they wait for may
// have happened. Hold L while testing or changing that condition.
type Cond struct {
	_ noCopy

	// L guards the condition the waiters test.
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

// NewCond returns a Cond whose L is l.
func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

// Wait releases c.L and parks the caller in one step; once Signal or
// Broadcast wakes it, it takes c.L again before returning.
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

// Signal wakes the goroutine that has waited on c longest (the oldest
// ticket), if any. Native.
func (c *Cond) Signal()

// Broadcast wakes every goroutine waiting on c. Native.
func (c *Cond) Broadcast()

// noCopy marks a type that must not be copied after first use. It has no
// size and is only documentation in golite.
type noCopy struct{}

func (*noCopy) Lock()   {}
func (*noCopy) Unlock() {}
