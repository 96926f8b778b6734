package main

import (
	"context"
	"fmt"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	_ = cancel // bug: cancel is never called

	done := make(chan struct{})
	go func() {
		<-ctx.Done()
		fmt.Println("worker saw cancellation")
		close(done)
	}()
	fmt.Println("waiting for the worker to stop")
	<-done
}
