// Lesson: a tree of contexts and how cancellation flows down it.
//
// Every context (except Background) is derived from a parent, so contexts
// form a tree. Canceling a context cancels its whole subtree, never its
// parent or its siblings. Goroutines learn about it by receiving from
// ctx.Done(), which is closed on cancellation; ctx.Err() then says why.
//
// The tree in this lesson:
//
//	root
//	├── api                (WithCancel)
//	│   ├── api/users      (WithCancel)
//	│   └── api/orders     (WithTimeout, 1 hour)
//	└── jobs               (WithValue: request id)
//	    └── jobs/report    (WithCancel)
//
// One goroutine watches each node; main collects which ones stopped and
// prints them sorted, so the output is the same on every run.
package main

import (
	"context"
	"fmt"
	"sort"
	"time"
)

type key string

// watch starts a goroutine that reports name on stopped when ctx is done.
func watch(ctx context.Context, name string, stopped chan<- string) {
	go func() {
		<-ctx.Done() // Watch: blocks until this node or an ancestor is canceled
		stopped <- name
	}()
}

// collect receives n names and returns them sorted.
func collect(stopped <-chan string, n int) []string {
	var names []string
	for range n {
		names = append(names, <-stopped)
	}
	sort.Strings(names)
	return names
}

func main() {
	// Step 1: build the tree. Every With* function returns a cancel
	// function; calling it is how that node is canceled.
	root, cancelRoot := context.WithCancel(context.Background())
	api, cancelAPI := context.WithCancel(root)
	users, cancelUsers := context.WithCancel(api)
	orders, cancelOrders := context.WithTimeout(api, time.Hour)
	jobs := context.WithValue(root, key("request-id"), "req-7")
	report, cancelReport := context.WithCancel(jobs)
	// Watch: `defer cancel()` everywhere is the habit that frees timers
	// and goroutines even when we return early. Canceling twice is fine.
	defer cancelUsers()
	defer cancelOrders()
	defer cancelReport()

	nodes := []struct {
		name string
		ctx  context.Context
	}{{"root", root}, {"api", api}, {"api/users", users}, {"api/orders", orders},
		{"jobs", jobs}, {"jobs/report", report}}
	stopped := make(chan string)
	for _, n := range nodes {
		watch(n.ctx, n.name, stopped)
	}

	// Values are looked up through the ancestors.
	fmt.Println("jobs/report sees request-id:", report.Value(key("request-id")))
	fmt.Println("api/users sees request-id:", users.Value(key("request-id")))

	// Step 2: cancel the api subtree.
	// Watch: exactly api and its two children stop; root and jobs live on.
	cancelAPI()
	fmt.Println("after cancelAPI, stopped:", collect(stopped, 3))
	for _, n := range nodes {
		fmt.Printf("  %-12s Err = %v\n", n.name, n.ctx.Err())
	}

	// Step 3: cancel the root: everything left stops.
	cancelRoot()
	fmt.Println("after cancelRoot, stopped:", collect(stopped, 3))
	fmt.Println("root Err:", root.Err())

	// Step 4: a deadline. WithTimeout cancels by itself when time is up,
	// and Err says "deadline exceeded" instead of "canceled".
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	<-ctx.Done()
	fmt.Println("timeout Err:", ctx.Err())
	fmt.Println("is it DeadlineExceeded?", ctx.Err() == context.DeadlineExceeded)
}
