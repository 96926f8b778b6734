package main

import (
	"context"
	"fmt"
	"time"
)

func run(ctx context.Context) error {
	select {
	case <-ctx.Done():
		return ctx.Err
	case <-time.After(time.Second):
		return "finished"
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	fmt.Println(run(ctx))
}
