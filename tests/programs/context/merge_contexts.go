package main

import (
	"context"
	"errors"
	"fmt"
)

// mergeCancel returns a context that is cancelled when either ctx or
// other is, using context.AfterFunc (the pattern from the package docs).
func mergeCancel(ctx, other context.Context) (context.Context, context.CancelFunc) {
	merged, cancel := context.WithCancelCause(ctx)
	stop := context.AfterFunc(other, func() {
		cancel(context.Cause(other))
	})
	return merged, func() {
		stop()
		cancel(context.Canceled)
	}
}

var errUserLeft = errors.New("user left the page")
var errServerStop = errors.New("server stopping")

func main() {
	// cancelled by the second context
	server, stopServer := context.WithCancelCause(context.Background())
	user, userLeft := context.WithCancelCause(context.Background())
	m, cancel := mergeCancel(server, user)
	userLeft(errUserLeft)
	<-m.Done()
	fmt.Println("merged:", m.Err(), "cause:", context.Cause(m))
	cancel()
	fmt.Println("server untouched:", server.Err())

	// cancelled by the first context
	user2, cancelUser2 := context.WithCancel(context.Background())
	defer cancelUser2()
	m2, cancel2 := mergeCancel(server, user2)
	defer cancel2()
	stopServer(errServerStop)
	<-m2.Done()
	fmt.Println("merged:", m2.Err(), "cause:", context.Cause(m2))
	fmt.Println("user2 untouched:", user2.Err())

	// cancelling the merged context itself affects neither input
	a, ca := context.WithCancel(context.Background())
	b, cb := context.WithCancel(context.Background())
	defer ca()
	defer cb()
	m3, cancel3 := mergeCancel(a, b)
	cancel3()
	fmt.Println("merged:", m3.Err(), "a:", a.Err(), "b:", b.Err())
}
