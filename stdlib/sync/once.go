// Package sync (golite): Once, OnceFunc, OnceValue and OnceValues, in Go.
package sync

import "sync/atomic"

// Once runs one function, once: the first call of Do runs its function
// and every other call, from any goroutine, waits for that run to finish
// and then does nothing. A panicking function counts as having run.
type Once struct {
	_    noCopy
	done atomic.Bool // set once the function has run (or panicked)
	m    Mutex       // held while it runs
}

// Do runs f if no call of Do on o has run a function yet, and returns
// once that first run is over.
func (o *Once) Do(f func()) {
	if o.done.Load() {
		return
	}
	o.m.Lock()
	defer o.m.Unlock()
	if o.done.Load() {
		return // another goroutine ran its function while we waited
	}
	defer o.done.Store(true)
	f()
}

// OnceFunc wraps f so that, however many goroutines call the wrapper and
// however often, f runs at most once; a panic of f is re-raised, with its
// value, by every call.
func OnceFunc(f func()) func() {
	var (
		once  Once
		valid bool
		p     any
	)
	g := func() {
		defer func() {
			p = recover()
			if !valid {
				panic(p)
			}
		}()
		f()
		f = nil
		valid = true
	}
	return func() {
		once.Do(g)
		if !valid {
			panic(p)
		}
	}
}

// OnceValue wraps f as OnceFunc does, every call of the wrapper giving the
// result of f's single run (or re-raising its panic).
func OnceValue[T any](f func() T) func() T {
	var (
		once   Once
		valid  bool
		p      any
		result T
	)
	g := func() {
		defer func() {
			p = recover()
			if !valid {
				panic(p)
			}
		}()
		result = f()
		f = nil
		valid = true
	}
	return func() T {
		once.Do(g)
		if !valid {
			panic(p)
		}
		return result
	}
}

// OnceValues is OnceValue for a function of two results.
func OnceValues[T1, T2 any](f func() (T1, T2)) func() (T1, T2) {
	var (
		once  Once
		valid bool
		p     any
		r1    T1
		r2    T2
	)
	g := func() {
		defer func() {
			p = recover()
			if !valid {
				panic(p)
			}
		}()
		r1, r2 = f()
		f = nil
		valid = true
	}
	return func() (T1, T2) {
		once.Do(g)
		if !valid {
			panic(p)
		}
		return r1, r2
	}
}
