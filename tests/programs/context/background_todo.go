package main

import (
	"context"
	"fmt"
)

func describe(name string, ctx context.Context) {
	_, hasDeadline := ctx.Deadline()
	fmt.Printf("%s: String=%v Err=%v Done-nil=%v deadline=%v value=%v\n",
		name, ctx, ctx.Err(), ctx.Done() == nil, hasDeadline, ctx.Value("anything"))
}

func main() {
	// Background and TODO are empty, never cancelled, have no deadline
	// and no values; their Done channel is nil
	describe("Background", context.Background())
	describe("TODO", context.TODO())

	// they are singletons in practice: calling again gives an equal value
	fmt.Println("Background == Background:", context.Background() == context.Background())

	// derived contexts print their chain
	ctx, cancel := context.WithCancel(context.Background())
	fmt.Println(ctx)
	cancel()
	fmt.Println(ctx.Err())

	type key string
	vctx := context.WithValue(context.TODO(), key("user"), "ann")
	fmt.Println("user:", vctx.Value(key("user")))

	// a nil parent is not allowed
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var nilCtx context.Context
		context.WithCancel(nilCtx)
	}()
}
