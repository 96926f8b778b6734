package main

import (
	"context"
	"fmt"
	"time"
)

type key string

// WithoutCancel keeps the parent's values but is never cancelled with it:
// useful for cleanup or audit work that must outlive a request.
func main() {
	req, cancel := context.WithTimeout(context.WithValue(context.Background(), key("request"), "r-7"), 30*time.Millisecond)
	detached := context.WithoutCancel(req)

	<-req.Done()
	fmt.Println("request:", req.Err())
	fmt.Println("detached:", detached.Err())
	fmt.Println("detached keeps values:", detached.Value(key("request")))
	_, hasDeadline := detached.Deadline()
	fmt.Println("detached has deadline:", hasDeadline)
	fmt.Println("detached Done is nil:", detached.Done() == nil)
	cancel()

	// a new deadline can be put on a detached context
	audit, cancelAudit := context.WithTimeout(detached, 40*time.Millisecond)
	defer cancelAudit()
	select {
	case <-audit.Done():
		fmt.Println("audit finished with:", audit.Err(), "value:", audit.Value(key("request")))
	case <-time.After(time.Second):
		fmt.Println("wrong")
	}

	// cancelling a child of the detached context does not reach the parent
	c, cc := context.WithCancel(detached)
	cc()
	fmt.Println("child:", c.Err(), "detached:", detached.Err())
	fmt.Println("Cause of detached:", context.Cause(detached))
}
