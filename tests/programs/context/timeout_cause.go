package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

var ErrSlowBackend = errors.New("backend took too long")

func main() {
	ctx, cancel := context.WithTimeoutCause(context.Background(), 30*time.Millisecond, ErrSlowBackend)
	defer cancel()
	<-ctx.Done()
	fmt.Println("Err:", ctx.Err())
	fmt.Println("Cause:", context.Cause(ctx))

	// cancelling before the deadline: the cause is plain Canceled
	ctx2, cancel2 := context.WithTimeoutCause(context.Background(), time.Hour, ErrSlowBackend)
	cancel2()
	fmt.Println("early cancel Err:", ctx2.Err(), "Cause:", context.Cause(ctx2))

	// WithDeadlineCause, with a deadline already in the past
	ctx3, cancel3 := context.WithDeadlineCause(context.Background(), time.Now().Add(-time.Second), errors.New("too late to start"))
	defer cancel3()
	fmt.Println("past deadline Err:", ctx3.Err(), "Cause:", context.Cause(ctx3))

	// without a cause, the cause of a timeout is DeadlineExceeded
	ctx4, cancel4 := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel4()
	<-ctx4.Done()
	fmt.Println("plain timeout Cause:", context.Cause(ctx4))

	// a child of a timed-out parent inherits the parent's cause
	child, cc := context.WithCancel(ctx)
	defer cc()
	fmt.Println("child Err:", child.Err(), "Cause:", context.Cause(child))
}
