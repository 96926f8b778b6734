// Package context (golite): Context, Background, TODO, WithCancel,
// WithCancelCause, WithDeadline(Cause), WithTimeout(Cause), WithValue,
// WithoutCancel, AfterFunc and Cause, all in Go with Go's semantics,
// error values and String forms.
//
// Cancellation flows down a tree. Each cancellable context (cancelCtx,
// and timerCtx and afterFuncCtx which build on it) registers with the
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
	return c, func() { c.cancel(true, Canceled, nil) }
}

// WithCancelCause is WithCancel with a cancel function that records a
// cause.
func WithCancelCause(parent Context) (ctx Context, cancel CancelCauseFunc) {
	c := newCancelCtx(parent)
	return c, func(cause error) { c.cancel(true, Canceled, cause) }
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
		if cc, ok := c.Value(&cancelCtxKey).(*cancelCtx); ok {
			if cause := cc.recordedCause(); cause != nil {
				return cause
			}
		}
	}
	return err
}

// cancelCtxKey is the key for which a cancellable context's Value returns
// the *cancelCtx underneath it; that is how a child finds the cancelCtx
// above it through other context types.
var cancelCtxKey int

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
	cancel(unlink bool, err, cause error)
	Done() <-chan struct{}
}

// cancelCtx is a context with its own cancellation. Its embedded Context
// is the parent (or a stopCtx standing for it).
type cancelCtx struct {
	Context

	mu       sync.Mutex
	done     atomic.Value // its chan struct{}, made on demand
	children map[cancelable]struct{}
	err      error // set when cancelled
	cause    error // set when cancelled
}

func (c *cancelCtx) Value(key any) any {
	if key == &cancelCtxKey {
		return c
	}
	return lookup(c.Context, key)
}

func (c *cancelCtx) Done() <-chan struct{} {
	if ch, ok := c.done.Load().(chan struct{}); ok {
		return ch
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	ch, ok := c.done.Load().(chan struct{})
	if !ok {
		ch = make(chan struct{})
		c.done.Store(ch)
	}
	return ch
}

func (c *cancelCtx) Err() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.err
}

func (c *cancelCtx) String() string { return describe(c.Context) + ".WithCancel" }

// recordedCause returns the cause c was cancelled with, or nil.
func (c *cancelCtx) recordedCause() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.cause
}

// owner returns the cancelCtx that parent's cancellation comes from, if
// parent is one or passes its Done channel on unchanged (as valueCtx
// does); nil otherwise, or if parent is already cancelled or never is.
func owner(parent Context) *cancelCtx {
	ch := parent.Done()
	if ch == nil || ch == closedDone {
		return nil
	}
	c, ok := parent.Value(&cancelCtxKey).(*cancelCtx)
	if !ok {
		return nil
	}
	if own, _ := c.done.Load().(chan struct{}); own != ch {
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
			child.cancel(false, parent.Err(), Cause(parent))
		}
		return
	}
	if p := owner(parent); p != nil {
		p.adopt(child)
	} else if af, ok := parent.(interface{ AfterFunc(func()) func() bool }); ok {
		c.mu.Lock()
		stop := af.AfterFunc(func() { child.cancel(false, parent.Err(), Cause(parent)) })
		c.Context = stopCtx{Context: parent, stop: stop}
		c.mu.Unlock()
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
		child.cancel(false, parent.Err(), Cause(parent))
	case <-child.Done():
	}
}

// adopt registers child with p, or cancels it at once if p is already
// cancelled.
func (p *cancelCtx) adopt(child cancelable) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.err != nil {
		child.cancel(false, p.err, p.cause)
		return
	}
	if p.children == nil {
		p.children = map[cancelable]struct{}{}
	}
	p.children[child] = struct{}{}
}

// unlink removes child from the cancellation of parent: from the children
// of the cancelCtx parent stands for, or through the stop function of a
// parent watched with AfterFunc.
func unlink(parent Context, child cancelable) {
	if s, ok := parent.(stopCtx); ok {
		s.stop()
		return
	}
	if p := owner(parent); p != nil {
		p.mu.Lock()
		delete(p.children, child)
		p.mu.Unlock()
	}
}

// cancel cancels c and its children with err (and cause, err if nil);
// only the first cancellation counts. With doUnlink, c also leaves its
// parent.
func (c *cancelCtx) cancel(doUnlink bool, err, cause error) {
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
// its children; it reports false if c was cancelled already.
func (c *cancelCtx) settle(err, cause error) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.err != nil {
		return false
	}
	c.err, c.cause = err, cause
	if ch, ok := c.done.Load().(chan struct{}); ok {
		close(ch)
	} else {
		c.done.Store(closedDone)
	}
	children := c.children
	c.children = nil
	for child := range children {
		child.cancel(false, err, cause) // parents lock before children
	}
	return true
}

// stopCtx stands for a parent watched through its AfterFunc method; stop
// ends the watch. (It shows in String as "context.stopCtx", as in Go.)
type stopCtx struct {
	Context
	stop func() bool
}

// AfterFunc arranges for f to run in a goroutine of its own once ctx is
// cancelled (at once if it already is). The stop function cancels that
// arrangement; it reports true if it did so before f was started.
func AfterFunc(ctx Context, f func()) (stop func() bool) {
	a := &afterFuncCtx{f: f}
	a.cancelCtx.link(ctx, a)
	return func() bool {
		won := false
		a.once.Do(func() { won = true })
		if won {
			a.cancel(true, Canceled, nil)
		}
		return won
	}
}

// afterFuncCtx is the cancellable context AfterFunc hangs f on. Whichever
// of its cancellation and the stop function comes first wins the once.
type afterFuncCtx struct {
	cancelCtx
	once sync.Once
	f    func()
}

func (a *afterFuncCtx) cancel(doUnlink bool, err, cause error) {
	a.cancelCtx.cancel(false, err, cause)
	if doUnlink {
		unlink(a.Context, a)
	}
	a.once.Do(func() { go a.f() })
}

// WithoutCancel returns a child of parent that has parent's values but is
// never cancelled and has no deadline.
func WithoutCancel(parent Context) Context {
	mustHaveParent(parent)
	return withoutCancelCtx{parent}
}

type withoutCancelCtx struct {
	c Context
}

func (withoutCancelCtx) Deadline() (deadline time.Time, ok bool) { return time.Time{}, false }
func (withoutCancelCtx) Done() <-chan struct{}                   { return nil }
func (withoutCancelCtx) Err() error                              { return nil }
func (w withoutCancelCtx) Value(key any) any                     { return lookup(w, key) }
func (w withoutCancelCtx) String() string                        { return describe(w.c) + ".WithoutCancel" }

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
	c := &timerCtx{deadline: d}
	c.cancelCtx.link(parent, c)
	left := time.Until(d)
	if left <= 0 {
		c.cancel(true, DeadlineExceeded, cause)
		return c, func() { c.cancel(false, Canceled, nil) }
	}
	c.mu.Lock()
	if c.err == nil {
		c.timer = time.AfterFunc(left, func() { c.cancel(true, DeadlineExceeded, cause) })
	}
	c.mu.Unlock()
	return c, func() { c.cancel(true, Canceled, nil) }
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
	timer    *time.Timer // under cancelCtx.mu
	deadline time.Time
}

func (c *timerCtx) Deadline() (deadline time.Time, ok bool) { return c.deadline, true }

func (c *timerCtx) String() string {
	parent := describe(c.cancelCtx.Context)
	deadline := c.deadline.String()
	remaining := time.Until(c.deadline).String()
	return parent + ".WithDeadline(" + deadline + " [" + remaining + "])"
}

func (c *timerCtx) cancel(doUnlink bool, err, cause error) {
	c.cancelCtx.cancel(false, err, cause)
	if doUnlink {
		unlink(c.cancelCtx.Context, c)
	}
	c.mu.Lock()
	if t := c.timer; t != nil {
		c.timer = nil
		t.Stop()
	}
	c.mu.Unlock()
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
	key, val any
}

func (c *valueCtx) Value(key any) any {
	if c.key == key {
		return c.val
	}
	return lookup(c.Context, key)
}

func (c *valueCtx) String() string {
	return describe(c.Context) + ".WithValue(" + show(c.key) + ", " + show(c.val) + ")"
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
	wantsOwner := key == &cancelCtxKey
	for {
		switch x := c.(type) {
		case *valueCtx:
			if x.key == key {
				return x.val
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
			c = x.c
		case backgroundCtx, todoCtx:
			return nil
		default:
			return c.Value(key)
		}
	}
}
