package main

import (
	"context"
	"fmt"
)

// unexported key types prevent collisions between packages
type ctxKey int

const (
	requestIDKey ctxKey = iota
	userKey
)

type otherKey int // same underlying value, different type

func RequestID(ctx context.Context) (string, bool) {
	id, ok := ctx.Value(requestIDKey).(string)
	return id, ok
}

func handler(ctx context.Context) {
	id, _ := RequestID(ctx)
	user, ok := ctx.Value(userKey).(string)
	if !ok {
		user = "anonymous"
	}
	fmt.Printf("handling request %s for %s\n", id, user)
}

func main() {
	ctx := context.Background()
	ctx = context.WithValue(ctx, requestIDKey, "req-42")
	handler(ctx)

	authed := context.WithValue(ctx, userKey, "ann")
	handler(authed)

	// lookups walk up the chain; the nearest value wins
	shadow := context.WithValue(authed, userKey, "bob")
	handler(shadow)
	handler(authed) // the parent is unchanged

	// a key of another type with the same underlying value does not match
	fmt.Println("otherKey(0):", shadow.Value(otherKey(0)))
	fmt.Println("plain int 0:", shadow.Value(0))

	// values survive derivation through cancel and timeout contexts
	cctx, cancel := context.WithCancel(shadow)
	cancel()
	id, ok := RequestID(cctx)
	fmt.Println("value after cancel:", id, ok, cctx.Err())

	// missing keys give nil
	fmt.Println("missing:", context.Background().Value(userKey))

	// values can be any type, including structs and pointers
	type traceKey struct{}
	type Trace struct{ Spans []string }
	tr := &Trace{}
	tctx := context.WithValue(ctx, traceKey{}, tr)
	for _, s := range []string{"db", "cache", "render"} {
		tctx.Value(traceKey{}).(*Trace).Spans = append(tctx.Value(traceKey{}).(*Trace).Spans, s)
	}
	fmt.Println("trace:", tr.Spans)

	// nil keys and uncomparable keys panic
	for _, k := range []any{nil, []int{1}} {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			context.WithValue(ctx, k, 1)
		}()
	}
}
