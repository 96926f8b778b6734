package main

import (
	"context"
	"fmt"
	"sort"
	"sync"
	"time"
)

// Many goroutines share one deadline; those that finish in time report a
// result and the rest report the context's error.
func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()

	type outcome struct {
		id  int
		msg string
	}
	var wg sync.WaitGroup
	out := make(chan outcome, 10)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// even ids are fast, odd ids are far too slow
			d := 10 * time.Millisecond
			if i%2 == 1 {
				d = 2 * time.Second
			}
			select {
			case <-time.After(d):
				out <- outcome{i, "done"}
			case <-ctx.Done():
				out <- outcome{i, ctx.Err().Error()}
			}
		}()
	}
	wg.Wait()
	close(out)
	var all []outcome
	for o := range out {
		all = append(all, o)
	}
	sort.Slice(all, func(a, b int) bool { return all[a].id < all[b].id })
	for _, o := range all {
		fmt.Printf("task %d: %s\n", o.id, o.msg)
	}
	fmt.Println("ctx:", ctx.Err())
}
