// invariant: exit 0
// invariant: lines 10
// invariant: line 1 matches ^fetched /home: 5 bytes$
// invariant: line 2 matches ^fetched /about: 6 bytes$
// invariant: line 3 matches ^fetched /blog: 5 bytes$
// invariant: line 4 matches ^fetched /news: 5 bytes$
// invariant: line 5 matches ^fetched /contact: 8 bytes$
// invariant: line 6 matches ^all fetches succeeded; total 29 bytes$
// invariant: line 7 matches ^Wait returned: fetch /broken: connection refused$
// invariant: line 8 matches ^fetches stopped by the cancellation: 4$
// invariant: line 9 matches ^peak running with SetLimit\(2\): (\d+)$ with 1 <= $1 <= 2
// invariant: line 10 matches ^tasks completed: 8$
//
// Lesson: errgroup, a WaitGroup that also handles errors.
//
// golang.org/x/sync/errgroup is not in the standard library, but it is how
// real Go code usually runs "a group of goroutines that may fail". golite
// provides it built in. errgroup.Group gives you:
//   - g.Go(f): run f in a new goroutine (f returns an error);
//   - g.Wait(): wait for all of them, return the FIRST non-nil error;
//   - errgroup.WithContext: a context that is canceled as soon as one
//     function fails, so the others can stop early;
//   - g.SetLimit(n): at most n functions run at once (a semaphore).
//
// Real Go needs `go get golang.org/x/sync` for this file, so its output is
// checked by the invariants above instead of by a recorded .out file.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"
	"time"

	"golang.org/x/sync/errgroup"
)

// fetch pretends to download a page. It honours ctx: if the context is
// canceled before the "download" ends, it gives up with ctx.Err().
func fetch(ctx context.Context, path string, delay time.Duration) (int, error) {
	select {
	case <-time.After(delay):
	case <-ctx.Done():
		return 0, ctx.Err()
	}
	if path == "/broken" {
		return 0, fmt.Errorf("fetch %s: %w", path, errors.New("connection refused"))
	}
	return len(path), nil
}

func main() {
	paths := []string{"/home", "/about", "/blog", "/news", "/contact"}

	// Step 1: everything succeeds. Each goroutine writes its own slot of
	// sizes; Wait returns nil and all writes are visible after it.
	g, ctx := errgroup.WithContext(context.Background())
	sizes := make([]int, len(paths))
	for i, p := range paths {
		g.Go(func() error {
			n, err := fetch(ctx, p, time.Duration(len(paths)-i)*time.Millisecond)
			sizes[i] = n
			return err
		})
	}
	if err := g.Wait(); err != nil {
		fmt.Println("unexpected:", err)
	}
	total := 0
	for i, p := range paths {
		fmt.Printf("fetched %s: %d bytes\n", p, sizes[i])
		total += sizes[i]
	}
	fmt.Printf("all fetches succeeded; total %d bytes\n", total)

	// Step 2: one fetch fails quickly; the other four are slow.
	// Watch: the failure cancels ctx, so the slow fetches return early
	// with "context canceled", and Wait reports the FIRST error only.
	g, ctx = errgroup.WithContext(context.Background())
	var canceled atomic.Int32
	g.Go(func() error {
		_, err := fetch(ctx, "/broken", 5*time.Millisecond)
		return err
	})
	for _, p := range paths[:4] {
		g.Go(func() error {
			_, err := fetch(ctx, p, 2*time.Second)
			if errors.Is(err, context.Canceled) {
				canceled.Add(1)
			}
			return err
		})
	}
	fmt.Println("Wait returned:", g.Wait())
	fmt.Println("fetches stopped by the cancellation:", canceled.Load())

	// Step 3: SetLimit bounds the parallelism: g.Go blocks while 2
	// functions are running.
	var lg errgroup.Group
	lg.SetLimit(2)
	var running, peak, done atomic.Int32
	for range 8 {
		lg.Go(func() error {
			now := running.Add(1)
			for p := peak.Load(); now > p && !peak.CompareAndSwap(p, now); p = peak.Load() {
			}
			time.Sleep(3 * time.Millisecond)
			running.Add(-1)
			done.Add(1)
			return nil
		})
	}
	_ = lg.Wait()
	fmt.Printf("peak running with SetLimit(2): %d\n", peak.Load())
	fmt.Printf("tasks completed: %d\n", done.Load())
}
