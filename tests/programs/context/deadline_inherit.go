package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	base := time.Now()
	parent, cancel := context.WithDeadline(context.Background(), base.Add(100*time.Millisecond))
	defer cancel()

	// a child asking for a later deadline keeps the parent's earlier one
	later, cancelLater := context.WithDeadline(parent, base.Add(time.Hour))
	defer cancelLater()
	pd, _ := parent.Deadline()
	ld, _ := later.Deadline()
	fmt.Println("child with later deadline uses parent's:", ld.Equal(pd))

	// a child with an earlier deadline keeps its own
	earlier, cancelEarlier := context.WithTimeout(parent, 50*time.Millisecond)
	defer cancelEarlier()
	ed, _ := earlier.Deadline()
	fmt.Println("child with earlier deadline keeps it:", ed.Before(pd))

	<-earlier.Done()
	fmt.Println("earlier child:", earlier.Err())
	fmt.Println("parent still active:", parent.Err() == nil)

	<-later.Done()
	fmt.Println("later child:", later.Err())
	fmt.Println("parent:", parent.Err())
	fmt.Println("total wait >= 100ms:", time.Since(base) >= 100*time.Millisecond)

	// a deadline in the past: done immediately
	past, cancelPast := context.WithDeadline(context.Background(), time.Now().Add(-time.Minute))
	defer cancelPast()
	fmt.Println("past deadline:", past.Err())

	// a WithCancel child of a deadline context inherits the deadline
	ctx, c := context.WithTimeout(context.Background(), time.Minute)
	child, cc := context.WithCancel(ctx)
	d1, _ := ctx.Deadline()
	d2, ok := child.Deadline()
	fmt.Println("WithCancel child inherits deadline:", ok, d1.Equal(d2))
	cc()
	c()
}
