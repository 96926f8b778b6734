// Stress: a parent deadline reaches 200 children (some with their own,
// later deadline, which they inherit as the earlier one); nobody is done
// before the deadline, and everybody ends with DeadlineExceeded.
package main

import (
	"context"
	"fmt"
	"os"
	"sync"
	"time"
)

func fail(format string, args ...any) {
	fmt.Printf("FAIL: "+format+"\n", args...)
	os.Exit(1)
}

func main() {
	const d = 15 * time.Millisecond
	start := time.Now()
	parent, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	pdl, ok := parent.Deadline()
	if !ok {
		fail("parent has no deadline")
	}
	var wg sync.WaitGroup
	for i := range 200 {
		var ctx context.Context
		var c context.CancelFunc
		if i%2 == 0 {
			ctx, c = context.WithCancel(parent)
		} else {
			ctx, c = context.WithTimeout(parent, time.Hour)
		}
		defer c()
		if dl, ok := ctx.Deadline(); !ok || !dl.Equal(pdl) {
			fail("child %d deadline %v, want the parent's %v", i, dl, pdl)
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-ctx.Done()
			if el := time.Since(start); el < d {
				fail("child %d done after %v, before the %v deadline", i, el, d)
			}
			if ctx.Err() != context.DeadlineExceeded {
				fail("child %d: Err = %v", i, ctx.Err())
			}
		}()
	}
	// A child with an EARLIER deadline of its own expires first.
	early, c := context.WithTimeout(parent, time.Millisecond)
	defer c()
	<-early.Done()
	if early.Err() != context.DeadlineExceeded {
		fail("early child: %v", early.Err())
	}
	if parent.Err() != nil && time.Since(start) < d { // (Err first: no race)
		fail("parent expired with its early child")
	}
	wg.Wait()
	if parent.Err() != context.DeadlineExceeded {
		fail("parent: %v", parent.Err())
	}
	fmt.Println("ok")
}
