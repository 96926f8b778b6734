// Stress: canceling a context reaches all of its 1000 descendants (direct
// children, timeouts, value contexts, chains 10 deep), each sees
// context.Canceled and its cause; an unrelated tree is not touched.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"sync"
	"sync/atomic"
	"time"
)

func fail(format string, args ...any) {
	fmt.Printf("FAIL: "+format+"\n", args...)
	os.Exit(1)
}

type key int

func main() {
	cause := errors.New("shutting down")
	root, cancel := context.WithCancelCause(context.Background())
	other, cancelOther := context.WithCancel(context.Background())
	defer cancelOther()

	var wg sync.WaitGroup
	var stopped atomic.Int32
	watch := func(ctx context.Context) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-ctx.Done()
			if !errors.Is(ctx.Err(), context.Canceled) {
				fail("Err = %v, want context.Canceled", ctx.Err())
			}
			if c := context.Cause(ctx); c != cause {
				fail("Cause = %v, want %v", c, cause)
			}
			stopped.Add(1)
		}()
	}

	var cancels []context.CancelFunc
	chain := context.Context(root)
	for i := range 1000 {
		var ctx context.Context
		var c context.CancelFunc
		switch i % 4 {
		case 0:
			ctx, c = context.WithCancel(root)
		case 1:
			ctx, c = context.WithTimeout(root, time.Hour)
		case 2:
			ctx, c = context.WithCancel(context.WithValue(root, key(i), i))
		case 3:
			ctx, c = context.WithCancel(chain) // a chain: each a child of the last
			chain = ctx
		}
		cancels = append(cancels, c)
		watch(ctx)
	}
	// An unrelated tree.
	unrelated, c := context.WithCancel(other)
	cancels = append(cancels, c)

	if root.Err() != nil || chain.Err() != nil {
		fail("canceled too early")
	}
	cancel(cause)
	wg.Wait()
	if s := stopped.Load(); s != 1000 {
		fail("%d of 1000 children stopped", s)
	}
	if unrelated.Err() != nil || other.Err() != nil {
		fail("an unrelated context was canceled")
	}
	select {
	case <-unrelated.Done():
		fail("unrelated Done closed")
	default:
	}
	for _, c := range cancels {
		c()
	}
	if unrelated.Err() != context.Canceled {
		fail("unrelated Err after its cancel = %v", unrelated.Err())
	}
	fmt.Println("ok")
}
