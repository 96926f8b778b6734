// Package signal (golite, os/signal): access to incoming signals. Notify,
// Stop, Ignore, Ignored and Reset are natives over golite's signal
// handling; NotifyContext is Go.
package signal

import (
	"context"
	"os"
)

// Notify causes package signal to relay incoming signals to c. If no
// signals are provided, all incoming signals will be relayed to c.
// Otherwise, just the provided signals will. Package signal will not block
// sending to c. It panics with "os/signal: Notify using nil channel" if c
// is nil. Native: the runtime installs handlers and, when a signal
// arrives, does a non-blocking send of its syscall.Signal value on every
// registered channel.
func Notify(c chan<- os.Signal, sig ...os.Signal)

// Stop causes package signal to stop relaying incoming signals to c.
// Native.
func Stop(c chan<- os.Signal)

// Ignore causes the provided signals to be ignored (all signals if none
// are given). Native.
func Ignore(sig ...os.Signal)

// Ignored reports whether sig is currently ignored. Native.
func Ignored(sig os.Signal) bool

// Reset undoes the effect of any prior calls to Notify for the provided
// signals (all signals if none are given). Native.
func Reset(sig ...os.Signal)

// NotifyContext returns a copy of the parent context that is marked done
// (its Done channel is closed) when one of the listed signals arrives,
// when the returned stop function is called, or when the parent context's
// Done channel is closed, whichever happens first.
func NotifyContext(parent context.Context, signals ...os.Signal) (ctx context.Context, stop context.CancelFunc) {
	ctx, cancel := context.WithCancel(parent)
	c := &signalCtx{
		Context: ctx,
		cancel:  cancel,
		signals: signals,
	}
	c.ch = make(chan os.Signal, 1)
	Notify(c.ch, c.signals...)
	if ctx.Err() == nil {
		go func() {
			select {
			case <-c.ch:
				c.cancel()
			case <-c.Done():
			}
		}()
	}
	return c, c.stop
}

type signalCtx struct {
	context.Context

	cancel  context.CancelFunc
	signals []os.Signal
	ch      chan os.Signal
}

func (c *signalCtx) stop() {
	c.cancel()
	Stop(c.ch)
}

type stringer interface {
	String() string
}

func (c *signalCtx) String() string {
	var buf []byte
	// c.Context comes from WithCancel: drop its ".WithCancel" suffix.
	name := c.Context.(stringer).String()
	name = name[:len(name)-len(".WithCancel")]
	buf = append(buf, "signal.NotifyContext("+name...)
	if len(c.signals) != 0 {
		buf = append(buf, ", ["...)
		for i, s := range c.signals {
			buf = append(buf, s.String()...)
			if i != len(c.signals)-1 {
				buf = append(buf, ' ')
			}
		}
		buf = append(buf, ']')
	}
	buf = append(buf, ')')
	return string(buf)
}
