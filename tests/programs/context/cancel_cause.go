package main

import (
	"context"
	"errors"
	"fmt"
)

var ErrShutdown = errors.New("server shutting down")
var ErrQuota = errors.New("quota exceeded")

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	fmt.Println("before:", ctx.Err(), context.Cause(ctx))

	cancel(ErrShutdown)
	// Err stays context.Canceled; Cause tells why
	fmt.Println("Err:", ctx.Err())
	fmt.Println("Cause:", context.Cause(ctx))
	fmt.Println("Cause is ErrShutdown:", errors.Is(context.Cause(ctx), ErrShutdown))

	// the first cause wins
	cancel(ErrQuota)
	fmt.Println("after second cancel:", context.Cause(ctx))

	// children report the parent's cause
	child, cancelChild := context.WithCancel(ctx)
	defer cancelChild()
	fmt.Println("child cause:", context.Cause(child))

	// cancel(nil) sets the cause to context.Canceled
	ctx2, cancel2 := context.WithCancelCause(context.Background())
	cancel2(nil)
	fmt.Println("nil cause:", context.Cause(ctx2))

	// a plain WithCancel context: Cause equals Err
	ctx3, cancel3 := context.WithCancel(context.Background())
	cancel3()
	fmt.Println("plain cancel cause:", context.Cause(ctx3))

	// a child cancelled by its own cause while the parent lives on
	parent, cancelParent := context.WithCancelCause(context.Background())
	kid, cancelKid := context.WithCancelCause(parent)
	cancelKid(fmt.Errorf("kid: %w", ErrQuota))
	fmt.Println("kid cause:", context.Cause(kid), errors.Is(context.Cause(kid), ErrQuota))
	fmt.Println("parent cause:", context.Cause(parent))
	cancelParent(ErrShutdown)
	fmt.Println("kid cause keeps its own:", context.Cause(kid))

	// Cause of a context that was never cancelled and never will be
	fmt.Println("background cause:", context.Cause(context.Background()))
}
