package main

import (
	"context"
	"fmt"
	"time"
)

// Embedding context.Context in a struct lets a type override one method
// and inherit the rest.
type defaultsCtx struct {
	context.Context
	defaults map[any]any
}

func (c defaultsCtx) Value(k any) any {
	if v := c.Context.Value(k); v != nil {
		return v
	}
	return c.defaults[k]
}

type key string

// A context that is never done but carries a fixed name.
type namedCtx struct{ name string }

func (namedCtx) Deadline() (time.Time, bool) { return time.Time{}, false }
func (namedCtx) Done() <-chan struct{}       { return nil }
func (namedCtx) Err() error                  { return nil }
func (n namedCtx) Value(k any) any {
	if k == key("name") {
		return n.name
	}
	return nil
}

func main() {
	base := context.WithValue(context.Background(), key("lang"), "fr")
	ctx := defaultsCtx{base, map[any]any{key("lang"): "en", key("tz"): "UTC"}}
	fmt.Println("lang:", ctx.Value(key("lang")))
	fmt.Println("tz:", ctx.Value(key("tz")))
	fmt.Println("missing:", ctx.Value(key("x")))

	// standard functions accept the custom type as a parent
	child, cancel := context.WithCancel(ctx)
	fmt.Println("child sees default tz:", child.Value(key("tz")))
	cancel()
	fmt.Println("child:", child.Err(), "custom parent:", ctx.Err())

	// a fully custom implementation works as a parent too
	n := namedCtx{"job-9"}
	c2, cancel2 := context.WithTimeout(n, 20*time.Millisecond)
	defer cancel2()
	<-c2.Done()
	fmt.Println(c2.Value(key("name")), c2.Err(), n.Err())

	// cancellation of a custom parent's children still propagates from a
	// standard ancestor
	root, cancelRoot := context.WithCancel(context.Background())
	wrapped := defaultsCtx{root, nil}
	leaf, cancelLeaf := context.WithCancel(wrapped)
	defer cancelLeaf()
	cancelRoot()
	<-leaf.Done()
	fmt.Println("leaf under wrapped root:", leaf.Err())
}
