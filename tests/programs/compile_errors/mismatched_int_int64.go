package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	var hits int64
	atomic.AddInt64(&hits, 5)
	extra := 2
	fmt.Println(atomic.LoadInt64(&hits) + extra)
}
