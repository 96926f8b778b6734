// Package iter (golite): the Seq and Seq2 iterator types, and Pull/Pull2,
// which golite runs on a helper goroutine handing values over channels
// (Go uses coroutines; the observable behaviour is the same for programs
// that call next and stop from one goroutine).
package iter

// Seq is an iterator over sequences of individual values.
type Seq[V any] func(yield func(V) bool)

// Seq2 is an iterator over sequences of pairs of values.
type Seq2[K, V any] func(yield func(K, V) bool)

// pullState is the shared state between the caller of next/stop and the
// goroutine running the sequence.
type pullState struct {
	started  bool
	done     bool
	running  bool
	stopping bool
	panicked bool
	panicVal any
	resume   chan bool     // caller -> sequence: true to continue, false to stop
	handoff  chan struct{} // sequence -> caller: a value is ready, or the sequence ended
}

func (s *pullState) finish() {
	if p := recover(); p != nil {
		s.panicked = true
		s.panicVal = p
	}
	s.done = true
	s.handoff <- struct{}{}
}

// wait blocks until the sequence goroutine yields or ends, then re-raises a
// panic from the sequence in the caller.
func (s *pullState) wait() {
	s.running = true
	<-s.handoff
	s.running = false
	if s.panicked {
		s.panicked = false
		p := s.panicVal
		s.panicVal = nil
		panic(p)
	}
}

// yieldWait is called on the sequence goroutine after publishing a value.
func (s *pullState) yieldWait() bool {
	if s.stopping {
		return false
	}
	s.handoff <- struct{}{}
	if !<-s.resume {
		s.stopping = true
		return false
	}
	return true
}

// Pull converts the push-style iterator seq into a pull-style iterator
// accessed by the two functions next and stop.
func Pull[V any](seq Seq[V]) (next func() (V, bool), stop func()) {
	s := &pullState{resume: make(chan bool), handoff: make(chan struct{})}
	var v V
	next = func() (V, bool) {
		var zero V
		if s.done {
			return zero, false
		}
		if s.running {
			panic("iter.Pull: next called again reentrantly")
		}
		if !s.started {
			s.started = true
			go func() {
				defer s.finish()
				seq(func(x V) bool {
					v = x
					return s.yieldWait()
				})
			}()
		} else {
			s.resume <- true
		}
		s.wait()
		if s.done {
			v = zero
			return zero, false
		}
		x := v
		v = zero
		return x, true
	}
	stop = func() {
		if s.done {
			return
		}
		if s.running {
			panic("iter.Pull: stop called again reentrantly")
		}
		if !s.started {
			s.done = true
			return
		}
		s.resume <- false
		s.wait()
	}
	return next, stop
}

// Pull2 converts the push-style iterator seq into a pull-style iterator
// accessed by the two functions next and stop.
func Pull2[K, V any](seq Seq2[K, V]) (next func() (K, V, bool), stop func()) {
	s := &pullState{resume: make(chan bool), handoff: make(chan struct{})}
	var k K
	var v V
	next = func() (K, V, bool) {
		var zk K
		var zv V
		if s.done {
			return zk, zv, false
		}
		if s.running {
			panic("iter.Pull2: next called again reentrantly")
		}
		if !s.started {
			s.started = true
			go func() {
				defer s.finish()
				seq(func(x K, y V) bool {
					k, v = x, y
					return s.yieldWait()
				})
			}()
		} else {
			s.resume <- true
		}
		s.wait()
		if s.done {
			k, v = zk, zv
			return zk, zv, false
		}
		x, y := k, v
		k, v = zk, zv
		return x, y, true
	}
	stop = func() {
		if s.done {
			return
		}
		if s.running {
			panic("iter.Pull2: stop called again reentrantly")
		}
		if !s.started {
			s.done = true
			return
		}
		s.resume <- false
		s.wait()
	}
	return next, stop
}
