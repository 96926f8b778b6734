package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func slowOp(ctx context.Context, d time.Duration) (string, error) {
	select {
	case <-time.After(d):
		return "finished", nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()

	res, err := slowOp(ctx, 10*time.Millisecond)
	fmt.Println("fast op:", res, err)

	res, err = slowOp(ctx, 500*time.Millisecond)
	fmt.Printf("slow op: %q %v\n", res, err)
	fmt.Println("err is DeadlineExceeded:", errors.Is(err, context.DeadlineExceeded))
	fmt.Println("ctx.Err():", ctx.Err())

	// DeadlineExceeded is a net.Error-like value: it reports Timeout()
	var te interface{ Timeout() bool }
	fmt.Println("has Timeout():", errors.As(err, &te), te.Timeout())

	// the deadline is visible through Deadline()
	start := time.Now()
	ctx2, cancel2 := context.WithTimeout(context.Background(), time.Hour)
	dl, ok := ctx2.Deadline()
	fmt.Println("has deadline:", ok, "about an hour away:", dl.Sub(start) > 59*time.Minute)

	// cancelling before the timeout gives Canceled, not DeadlineExceeded
	cancel2()
	fmt.Println("cancelled early:", ctx2.Err())

	// a zero or negative timeout is already expired
	ctx3, cancel3 := context.WithTimeout(context.Background(), 0)
	defer cancel3()
	<-ctx3.Done()
	fmt.Println("zero timeout:", ctx3.Err())
}
