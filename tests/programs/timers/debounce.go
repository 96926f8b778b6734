package main

import (
	"fmt"
	"sync"
	"time"
)

// Debouncer runs the action once a burst of calls has been quiet for d.
type Debouncer struct {
	mu    sync.Mutex
	d     time.Duration
	timer *time.Timer
	calls int
}

func (db *Debouncer) Trigger(action func(int)) {
	db.mu.Lock()
	defer db.mu.Unlock()
	db.calls++
	n := db.calls
	if db.timer != nil {
		db.timer.Stop()
	}
	db.timer = time.AfterFunc(db.d, func() { action(n) })
}

func main() {
	fired := make(chan int, 10)
	db := &Debouncer{d: 100 * time.Millisecond}
	action := func(n int) { fired <- n }

	// a burst of 5 triggers 10ms apart: only the last one fires
	for i := 0; i < 5; i++ {
		db.Trigger(action)
		time.Sleep(10 * time.Millisecond)
	}
	fmt.Println("first burst fired with call", <-fired)

	// after a quiet period, a second burst
	time.Sleep(150 * time.Millisecond)
	for i := 0; i < 3; i++ {
		db.Trigger(action)
		time.Sleep(5 * time.Millisecond)
	}
	fmt.Println("second burst fired with call", <-fired)

	time.Sleep(200 * time.Millisecond)
	fmt.Println("extra firings:", len(fired))
}
