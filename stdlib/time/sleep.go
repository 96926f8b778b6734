// Package time (golite): Sleep, Timer, Ticker, After, AfterFunc and Tick.
// The runtime timer heap is reached through the startTimer, stopTimer and
// resetTimer hooks and Sleep; everything else is Go.
package time

// Sleep pauses the current goroutine for at least the duration d. A
// negative or zero duration causes Sleep to return immediately. Native: it
// parks the goroutine on a pending timer (never blocking a thread).
func Sleep(d Duration)

// startTimer is a runtime hook. Native: create a runtime timer that fires
// d from now (at once if d <= 0), then every period if period > 0. If
// withChan, first create its channel with Go 1.23 timer-channel semantics
// (len and cap report 0; a send happens on firing and is kept until
// received, dropped if a ticker's previous value was not received;
// Stop/Reset discard an unreceived value) and return it as c: on firing
// the runtime delivers Now() there (a Time laid out as in time.go, loc =
// Local). If f is non-nil (AfterFunc), firing starts f in a new goroutine
// instead. Returns a handle (never 0) for stopTimer and resetTimer; a
// timer that is unreachable from the program may be collected.
func startTimer(d, period Duration, f func(), withChan bool) (c chan Time, id uintptr)

// stopTimer is a runtime hook. Native: stop timer id and report whether
// this stopped it before it fired (false if it had already fired or been
// stopped). An unreceived channel value is discarded.
func stopTimer(id uintptr) bool

// resetTimer is a runtime hook. Native: change timer id to fire d from
// now (then every period if period > 0), discarding an unreceived channel
// value, and report whether the timer had been active.
func resetTimer(id uintptr, d, period Duration) bool

// The Timer type represents a single event. When the Timer expires, the
// current time will be sent on C, unless the Timer was created by
// AfterFunc.
type Timer struct {
	C <-chan Time
	r uintptr // runtime timer handle; 0 for a Timer not made by NewTimer or AfterFunc
}

// NewTimer creates a new Timer that will send the current time on its
// channel after at least duration d.
func NewTimer(d Duration) *Timer {
	c, r := startTimer(d, 0, nil, true)
	return &Timer{C: c, r: r}
}

// Stop prevents the Timer from firing. It returns true if the call stops
// the timer, false if the timer has already expired or been stopped.
func (t *Timer) Stop() bool {
	if t.r == 0 {
		panic("time: Stop called on uninitialized Timer")
	}
	return stopTimer(t.r)
}

// Reset changes the timer to expire after duration d. It returns true if
// the timer had been active, false if the timer had expired or been
// stopped.
func (t *Timer) Reset(d Duration) bool {
	if t.r == 0 {
		panic("time: Reset called on uninitialized Timer")
	}
	return resetTimer(t.r, d, 0)
}

// After waits for the duration to elapse and then sends the current time
// on the returned channel. It is equivalent to NewTimer(d).C.
func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

// AfterFunc waits for the duration to elapse and then calls f in its own
// goroutine. It returns a Timer that can be used to cancel the call using
// its Stop method. The returned Timer's C field is not used.
func AfterFunc(d Duration, f func()) *Timer {
	_, r := startTimer(d, 0, f, false)
	return &Timer{r: r}
}

// A Ticker holds a channel that delivers “ticks” of a clock at intervals.
type Ticker struct {
	C <-chan Time // The channel on which the ticks are delivered.
	r uintptr     // runtime timer handle; 0 for a Ticker not made by NewTicker
}

// NewTicker returns a new Ticker containing a channel that will send the
// current time on the channel after each tick. The period of the ticks is
// specified by the duration argument. It panics if d <= 0.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c, r := startTimer(d, d, nil, true)
	return &Ticker{C: c, r: r}
}

// Stop turns off a ticker. After Stop, no more ticks will be sent.
func (t *Ticker) Stop() {
	if t.r == 0 {
		return
	}
	stopTimer(t.r)
}

// Reset stops a ticker and resets its period to the specified duration.
// The next tick will arrive after the new period elapses. It panics if
// d <= 0.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if t.r == 0 {
		panic("time: Reset called on uninitialized Ticker")
	}
	resetTimer(t.r, d, d)
}

// Tick is a convenience wrapper for NewTicker providing access to the
// ticking channel only. Unlike NewTicker, Tick will return nil if d <= 0.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}
