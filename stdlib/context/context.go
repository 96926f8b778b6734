// Package context (golite): Context, Background, TODO, WithCancel,
// WithCancelCause, WithDeadline(Cause), WithTimeout(Cause), WithValue,
// WithoutCancel, AfterFunc and Cause, all in Go with Go's semantics,
// error values and String forms.
//
// Cancellation flows down a tree. Each cancellable context (cancelCtx,
// and timerCtx and callbackCtx which build on it) registers with the
// nearest cancellable context above it, which cancels its registered
// children when it is cancelled. A parent context of another kind is
// watched through its AfterFunc method if it has one, or else by a
// goroutine. The dynamic types (*context.cancelCtx, context.backgroundCtx,
// ...) are Go's, since programs print them with %T.
package context

import (
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

// Context carries a cancellation signal, maybe a deadline, and values
// down a tree of calls. Its methods may be called from several goroutines
// at once.
type Context interface {
	// Value returns the value attached to key by this context or one of
	// its parents, or nil.
	Value(key any) any
	// Done returns a channel closed when the context is cancelled, or nil
	// if it never can be.
	Done() <-chan struct{}
	// Err returns nil until Done is closed, then why: Canceled or
	// DeadlineExceeded.
	Err() error
	// Deadline returns when the context will be cancelled by itself, if
	// ever (ok is false when it has no deadline).
	Deadline() (deadline time.Time, ok bool)
}

var (
	// Canceled is Err's result for a context cancelled by a cancel
	// function (or because its parent was).
	Canceled = errors.New("context canceled")

	// DeadlineExceeded is Err's result for a context whose deadline
	// passed. It reports itself as a temporary timeout (the Timeout and
	// Temporary methods of net.Error).
	DeadlineExceeded error = deadlineExceededError{}
)

type deadlineExceededError struct{}

func (e deadlineExceededError) Error() string   { return "context deadline exceeded" }
func (e deadlineExceededError) Timeout() bool   { return true }
func (e deadlineExceededError) Temporary() bool { return true }

// emptyCtx is a context that is never cancelled and holds nothing.
type emptyCtx struct{}

func (emptyCtx) Deadline() (deadline time.Time, ok bool) { return time.Time{}, false }
func (emptyCtx) Done() <-chan struct{}                   { return nil }
func (emptyCtx) Err() error                              { return nil }
func (emptyCtx) Value(key any) any                       { return nil }

type (
	backgroundCtx struct{ emptyCtx }
	todoCtx       struct{ emptyCtx }
)

func (backgroundCtx) String() string { return "context.Background" }
func (todoCtx) String() string       { return "context.TODO" }

// Background returns the empty root context: never cancelled, no
// deadline, no values.
func Background() Context { return backgroundCtx{} }

// TODO returns an empty root context like Background, for code that has
// no context to pass yet.
func TODO() Context { return todoCtx{} }

// CancelFunc cancels a context; calls after the first do nothing.
type CancelFunc func()

// CancelCauseFunc cancels a context recording why (nil meaning Canceled);
// Cause returns that reason.
type CancelCauseFunc func(cause error)

// mustHaveParent panics as Go does for a nil parent.
func mustHaveParent(parent Context) {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
}

// WithCancel returns a child of parent that is cancelled when cancel is
// called or parent is cancelled, whichever comes first.
func WithCancel(parent Context) (ctx Context, cancel CancelFunc) {
	c := newCancelCtx(parent)
	return c, func() { c.halt(true, Canceled, nil) }
}

// WithCancelCause is WithCancel with a cancel function that records a
// cause.
func WithCancelCause(parent Context) (ctx Context, cancel CancelCauseFunc) {
	c := newCancelCtx(parent)
	return c, func(cause error) { c.halt(true, Canceled, cause) }
}

func newCancelCtx(parent Context) *cancelCtx {
	mustHaveParent(parent)
	c := new(cancelCtx)
	c.link(parent, c)
	return c
}

// Cause returns why c was cancelled: the cause given to the cancellation
// that reached it (from its own cancel function or a parent's), or its
// Err if no cause was given. It returns nil while c is not cancelled.
func Cause(c Context) error {
	err := c.Err()
	if err != nil {
		if cc, ok := c.Value(&ownerKey).(*cancelCtx); ok {
			if cause := cc.recordedCause(); cause != nil {
				return cause
			}
		}
	}
	return err
}

// ownerKey is the key for which a cancellable context's Value returns
// the *cancelCtx underneath it; that is how a child finds the cancelCtx
// above it through other context types.
var ownerKey int

// closedDone is the Done channel of contexts cancelled before anyone
// asked for their channel.
var closedDone = func() chan struct{} {
	ch := make(chan struct{})
	close(ch)
	return ch
}()

// cancelable is implemented by the contexts a cancelCtx cancels with
// itself.
type cancelable interface {
	halt(unlink bool, err, cause error)
	Done() <-chan struct{}
}

// cancelCtx is a context with its own cancellation. Its embedded Context
// is the parent (or a stopCtx standing for it).
type cancelCtx struct {
	Context

	lock       sync.Mutex
	doneCh     atomic.Value // its chan struct{}, made on demand
	dependents map[cancelable]struct{}
	failure    error // set when cancelled
	why        error // set when cancelled
}

func (c *cancelCtx) Value(key any) any {
	if key == &ownerKey {
		return c
	}
	return lookup(c.Context, key)
}

func (c *cancelCtx) Done() <-chan struct{} {
	if ch, ok := c.doneCh.Load().(chan struct{}); ok {
		return ch
	}
	c.lock.Lock()
	defer c.lock.Unlock()
	ch, ok := c.doneCh.Load().(chan struct{})
	if !ok {
		ch = make(chan struct{})
		c.doneCh.Store(ch)
	}
	return ch
}

func (c *cancelCtx) Err() error {
	c.lock.Lock()
	defer c.lock.Unlock()
	return c.failure
}

func (c *cancelCtx) String() string { return describe(c.Context) + ".WithCancel" }

// recordedCause returns the cause c was cancelled with, or nil.
func (c *cancelCtx) recordedCause() error {
	c.lock.Lock()
	defer c.lock.Unlock()
	return c.why
}

// owner returns the cancelCtx that parent's cancellation comes from, if
// parent is one or passes its Done channel on unchanged (as valueCtx
// does); nil otherwise, or if parent is already cancelled or never is.
func owner(parent Context) *cancelCtx {
	ch := parent.Done()
	if ch == nil || ch == closedDone {
		return nil
	}
	c, ok := parent.Value(&ownerKey).(*cancelCtx)
	if !ok {
		return nil
	}
	if own, _ := c.doneCh.Load().(chan struct{}); own != ch {
		return nil
	}
	return c
}

// link makes parent c's parent and arranges for child (c itself, or the
// context c is part of) to be cancelled when parent is.
func (c *cancelCtx) link(parent Context, child cancelable) {
	c.Context = parent
	if ch := parent.Done(); ch == nil || isClosed(ch) {
		if ch != nil {
			child.halt(false, parent.Err(), Cause(parent))
		}
		return
	}
	if p := owner(parent); p != nil {
		p.adopt(child)
	} else if af, ok := parent.(interface{ AfterFunc(func()) func() bool }); ok {
		c.lock.Lock()
		stop := af.AfterFunc(func() { child.halt(false, parent.Err(), Cause(parent)) })
		c.Context = stopCtx{Context: parent, unwatch: stop}
		c.lock.Unlock()
	} else {
		go watch(parent, child)
	}
}

// isClosed reports whether ch is closed (without waiting).
func isClosed(ch <-chan struct{}) bool {
	select {
	case <-ch:
		return true
	default:
		return false
	}
}

// watch cancels child when parent, a context of another package, is
// cancelled, and gives up when child is cancelled first.
func watch(parent Context, child cancelable) {
	select {
	case <-parent.Done():
		child.halt(false, parent.Err(), Cause(parent))
	case <-child.Done():
	}
}

// adopt registers child with p, or cancels it at once if p is already
// cancelled.
func (p *cancelCtx) adopt(child cancelable) {
	p.lock.Lock()
	defer p.lock.Unlock()
	if p.failure != nil {
		child.halt(false, p.failure, p.why)
		return
	}
	if p.dependents == nil {
		p.dependents = map[cancelable]struct{}{}
	}
	p.dependents[child] = struct{}{}
}

// unlink removes child from the cancellation of parent: from the dependents
// of the cancelCtx parent stands for, or through the unwatch function of a
// parent watched with AfterFunc.
func unlink(parent Context, child cancelable) {
	if s, ok := parent.(stopCtx); ok {
		s.unwatch()
		return
	}
	if p := owner(parent); p != nil {
		p.lock.Lock()
		delete(p.dependents, child)
		p.lock.Unlock()
	}
}

// halt cancels c and its dependents with err (and cause, err if nil);
// only the first cancellation counts. With doUnlink, c also leaves its
// parent.
func (c *cancelCtx) halt(doUnlink bool, err, cause error) {
	switch {
	case err == nil:
		panic("context: internal error: missing cancel error")
	case cause == nil:
		cause = err
	}
	if c.settle(err, cause) && doUnlink {
		unlink(c.Context, c)
	}
}

// settle records c's cancellation, closes its Done channel and cancels
// its dependents; it reports false if c was cancelled already.
func (c *cancelCtx) settle(err, cause error) bool {
	c.lock.Lock()
	defer c.lock.Unlock()
	if c.failure != nil {
		return false
	}
	c.failure, c.why = err, cause
	if ch, ok := c.doneCh.Load().(chan struct{}); ok {
		close(ch)
	} else {
		c.doneCh.Store(closedDone)
	}
	children := c.dependents
	c.dependents = nil
	for child := range children {
		child.halt(false, err, cause) // parents lock before children
	}
	return true
}

// stopCtx stands for a parent watched through its AfterFunc method; unwatch
// ends the watch. (It shows in String as "context.stopCtx", as in Go.)
type stopCtx struct {
	Context
	unwatch func() bool
}

// AfterFunc arranges for f to run in a goroutine of its own once ctx is
// cancelled (at once if it already is). The stop function cancels that
// arrangement; it reports true if it did so before f was started.
func AfterFunc(ctx Context, f func()) (stop func() bool) {
	a := &callbackCtx{fn: f}
	a.cancelCtx.link(ctx, a)
	return func() bool {
		won := false
		a.ran.Do(func() { won = true })
		if won {
			a.halt(true, Canceled, nil)
		}
		return won
	}
}

// callbackCtx is the cancellable context AfterFunc hangs fn on. Whichever
// of its cancellation and the stop function comes first claims ran.
type callbackCtx struct {
	cancelCtx
	ran sync.Once
	fn  func()
}

func (a *callbackCtx) halt(doUnlink bool, err, cause error) {
	a.cancelCtx.halt(false, err, cause)
	if doUnlink {
		unlink(a.Context, a)
	}
	a.ran.Do(func() { go a.fn() })
}

// WithoutCancel returns a child of parent that has parent's values but is
// never cancelled and has no deadline.
func WithoutCancel(parent Context) Context {
	mustHaveParent(parent)
	return withoutCancelCtx{parent}
}

type withoutCancelCtx struct {
	parent Context
}

func (withoutCancelCtx) Deadline() (deadline time.Time, ok bool) { return time.Time{}, false }
func (withoutCancelCtx) Done() <-chan struct{}                   { return nil }
func (withoutCancelCtx) Err() error                              { return nil }
func (w withoutCancelCtx) Value(key any) any                     { return lookup(w, key) }
func (w withoutCancelCtx) String() string                        { return describe(w.parent) + ".WithoutCancel" }

// WithDeadline returns a child of parent that is also cancelled, with
// DeadlineExceeded, at d (if parent's own deadline is earlier, that is a
// plain WithCancel child).
func WithDeadline(parent Context, d time.Time) (Context, CancelFunc) {
	return WithDeadlineCause(parent, d, nil)
}

// WithDeadlineCause is WithDeadline recording cause when the deadline
// passes. (The cancel function records none.)
func WithDeadlineCause(parent Context, d time.Time, cause error) (Context, CancelFunc) {
	mustHaveParent(parent)
	if earlier, ok := parent.Deadline(); ok && earlier.Before(d) {
		return WithCancel(parent)
	}
	c := &timerCtx{when: d}
	c.cancelCtx.link(parent, c)
	left := time.Until(d)
	if left <= 0 {
		c.halt(true, DeadlineExceeded, cause)
		return c, func() { c.halt(false, Canceled, nil) }
	}
	c.lock.Lock()
	if c.failure == nil {
		c.alarm = time.AfterFunc(left, func() { c.halt(true, DeadlineExceeded, cause) })
	}
	c.lock.Unlock()
	return c, func() { c.halt(true, Canceled, nil) }
}

// WithTimeout is WithDeadline(parent, time.Now().Add(timeout)).
func WithTimeout(parent Context, timeout time.Duration) (Context, CancelFunc) {
	return WithDeadline(parent, time.Now().Add(timeout))
}

// WithTimeoutCause is WithDeadlineCause(parent,
// time.Now().Add(timeout), cause).
func WithTimeoutCause(parent Context, timeout time.Duration, cause error) (Context, CancelFunc) {
	return WithDeadlineCause(parent, time.Now().Add(timeout), cause)
}

// timerCtx is a cancelCtx with a deadline, enforced by a timer that its
// cancellation stops.
type timerCtx struct {
	cancelCtx
	alarm *time.Timer // under cancelCtx.lock
	when  time.Time
}

func (c *timerCtx) Deadline() (deadline time.Time, ok bool) { return c.when, true }

func (c *timerCtx) String() string {
	parent := describe(c.cancelCtx.Context)
	deadline := c.when.String()
	remaining := time.Until(c.when).String()
	return parent + ".WithDeadline(" + deadline + " [" + remaining + "])"
}

func (c *timerCtx) halt(doUnlink bool, err, cause error) {
	c.cancelCtx.halt(false, err, cause)
	if doUnlink {
		unlink(c.cancelCtx.Context, c)
	}
	c.lock.Lock()
	if t := c.alarm; t != nil {
		c.alarm = nil
		t.Stop()
	}
	c.lock.Unlock()
}

// WithValue returns a child of parent whose Value returns val for key.
// key must not be nil and must be comparable.
func WithValue(parent Context, key, val any) Context {
	mustHaveParent(parent)
	switch {
	case key == nil:
		panic("nil key")
	case !comparable(key):
		panic("key is not comparable")
	}
	return &valueCtx{parent, key, val}
}

// comparable reports whether key can be compared with ==: comparing an
// uncomparable value with itself panics. (Go asks the type; a struct or
// array holding an interface with an uncomparable value inside is
// comparable by type but panics here.)
func comparable(key any) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	_ = key == key // false for a NaN, which is still comparable
	return true
}

// valueCtx attaches one key and value to its parent.
type valueCtx struct {
	Context
	name, data any
}

func (c *valueCtx) Value(key any) any {
	if c.name == key {
		return c.data
	}
	return lookup(c.Context, key)
}

func (c *valueCtx) String() string {
	return describe(c.Context) + ".WithValue(" + show(c.name) + ", " + show(c.data) + ")"
}

// show renders a key or value for valueCtx.String: by its String method
// or as the string it is, "<nil>" for nil, and its type otherwise.
func show(v any) string {
	switch x := v.(type) {
	case nil:
		return "<nil>"
	case interface{ String() string }:
		return x.String()
	case string:
		return x
	}
	return fmt.Sprintf("%T", v)
}

// describe is a context's String, or its type if it has none.
func describe(c Context) string {
	if s, ok := c.(interface{ String() string }); ok {
		return s.String()
	}
	return fmt.Sprintf("%T", c)
}

// lookup walks up from c to find key, stepping through this package's
// context types without calling their Value methods; a context of another
// type answers for itself and everything above it.
func lookup(c Context, key any) any {
	wantsOwner := key == &ownerKey
	for {
		switch x := c.(type) {
		case *valueCtx:
			if x.name == key {
				return x.data
			}
			c = x.Context
		case *cancelCtx:
			if wantsOwner {
				return x
			}
			c = x.Context
		case *timerCtx:
			if wantsOwner {
				return &x.cancelCtx
			}
			c = x.Context
		case withoutCancelCtx:
			if wantsOwner {
				return nil // the cancellation above does not reach below
			}
			c = x.parent
		case backgroundCtx, todoCtx:
			return nil
		default:
			return c.Value(key)
		}
	}
}
