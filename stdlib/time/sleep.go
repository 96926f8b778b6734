// Package time (golite): Sleep, Timer, Ticker, After, AfterFunc and Tick.
// The runtime timer heap is reached through the startTimer, stopTimer and
// resetTimer hooks and Sleep; everything else is Go.
package time

// Sleep blocks the calling goroutine until at least d has passed; for
// d <= 0 it returns at once. Native: it
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

// Timer is a one-shot alarm. When it goes off, the time of that moment
// is sent on C (for a Timer from NewTimer) or a function is started (for
// one from AfterFunc, whose C is nil).
type Timer struct {
	C <-chan Time
	r uintptr // runtime timer handle; 0 for a Timer not made by NewTimer or AfterFunc
}

// NewTimer starts a Timer that goes off once d (at least) has passed.
func NewTimer(d Duration) *Timer {
	c, r := startTimer(d, 0, nil, true)
	return &Timer{C: c, r: r}
}

// Stop cancels the Timer. The result is true if it was still pending
// (this call kept it from going off), false if it had gone off or been
// stopped already.
func (t *Timer) Stop() bool {
	if t.r == 0 {
		panic("time: Stop called on uninitialized Timer")
	}
	return stopTimer(t.r)
}

// Reset makes the Timer go off d from now, pending or not, and reports
// whether it was still pending.
func (t *Timer) Reset(d Duration) bool {
	if t.r == 0 {
		panic("time: Reset called on uninitialized Timer")
	}
	return resetTimer(t.r, d, 0)
}

// After is NewTimer(d).C: a channel that receives the time once d has
// passed.
func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

// AfterFunc starts f in a new goroutine once d has passed. Stopping the
// returned Timer before then cancels the call; its C is nil.
func AfterFunc(d Duration, f func()) *Timer {
	_, r := startTimer(d, 0, f, false)
	return &Timer{r: r}
}

// Ticker is a repeating alarm: every period it sends the time on C,
// dropping a tick the receiver has not kept up with.
type Ticker struct {
	C <-chan Time // receives the ticks
	r uintptr     // runtime timer handle; 0 for a Ticker not made by NewTicker
}

// NewTicker starts a Ticker with period d; d must be positive (it
// panics otherwise).
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c, r := startTimer(d, d, nil, true)
	return &Ticker{C: c, r: r}
}

// Stop ends the ticks; none is sent after it returns.
func (t *Ticker) Stop() {
	if t.r == 0 {
		return
	}
	stopTimer(t.r)
}

// Reset gives the Ticker the period d (which must be positive, or it
// panics) and restarts it, the next tick coming d from now.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if t.r == 0 {
		panic("time: Reset called on uninitialized Ticker")
	}
	resetTimer(t.r, d, d)
}

// Tick returns the channel of a new Ticker of period d, or nil when
// d <= 0 (where NewTicker would panic).
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}
