package main

import (
	"context"
	"fmt"
	"strings"
	"time"
)

type key int

const (
	traceIDKey key = iota
	userKey
)

type Handler func(ctx context.Context, path string) string

// middleware adds a trace id; auth adds the user; timeout bounds the call
func withTrace(next Handler) Handler {
	return func(ctx context.Context, path string) string {
		id := "trace-" + strings.Trim(path, "/")
		return next(context.WithValue(ctx, traceIDKey, id), path)
	}
}

func withAuth(user string, next Handler) Handler {
	return func(ctx context.Context, path string) string {
		return next(context.WithValue(ctx, userKey, user), path)
	}
}

func withTimeout(d time.Duration, next Handler) Handler {
	return func(ctx context.Context, path string) string {
		ctx, cancel := context.WithTimeout(ctx, d)
		defer cancel()
		return next(ctx, path)
	}
}

func backend(ctx context.Context, latency time.Duration) (string, error) {
	select {
	case <-time.After(latency):
		return "data", nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

func app(ctx context.Context, path string) string {
	latency := 10 * time.Millisecond
	if path == "/report" {
		latency = time.Second
	}
	data, err := backend(ctx, latency)
	trace := ctx.Value(traceIDKey)
	user := ctx.Value(userKey)
	if err != nil {
		return fmt.Sprintf("[%v] %v %s -> error: %v", trace, user, path, err)
	}
	return fmt.Sprintf("[%v] %v %s -> %s", trace, user, path, data)
}

func main() {
	h := withTrace(withAuth("ann", withTimeout(60*time.Millisecond, app)))
	for _, p := range []string{"/home", "/report", "/profile"} {
		fmt.Println(h(context.Background(), p))
	}

	// a client that gives up early cancels the whole chain
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	fmt.Println(h(ctx, "/home"))
}
