package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func main() {
	fmt.Println(context.Canceled)
	fmt.Println(context.DeadlineExceeded)
	fmt.Printf("%q\n", context.Canceled.Error())
	fmt.Printf("%v | %s\n", context.DeadlineExceeded, context.DeadlineExceeded)

	// wrapping keeps errors.Is working
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err := fmt.Errorf("fetch user 7: %w", ctx.Err())
	fmt.Println(err)
	fmt.Println(errors.Is(err, context.Canceled))

	tctx, tcancel := context.WithTimeout(context.Background(), time.Millisecond)
	defer tcancel()
	<-tctx.Done()
	err = fmt.Errorf("query: %w", tctx.Err())
	fmt.Println(err)
	fmt.Println(errors.Is(err, context.DeadlineExceeded), errors.Is(err, context.Canceled))

	// the two errors are distinct values
	fmt.Println("Canceled == DeadlineExceeded:", context.Canceled == context.DeadlineExceeded)

	// a switch on the context error, as request handlers often do
	for _, e := range []error{nil, context.Canceled, context.DeadlineExceeded, err} {
		switch {
		case e == nil:
			fmt.Println("ok")
		case errors.Is(e, context.DeadlineExceeded):
			fmt.Println("504 gateway timeout")
		case errors.Is(e, context.Canceled):
			fmt.Println("499 client closed request")
		}
	}
}
