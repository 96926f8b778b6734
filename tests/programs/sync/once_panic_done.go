package main

import (
	"errors"
	"fmt"
	"sync"
)

var errInit = errors.New("cannot reach database")

func main() {
	var once sync.Once
	attempt := func(n int) {
		defer func() {
			if r := recover(); r != nil {
				fmt.Printf("attempt %d: recovered %v\n", n, r)
			}
		}()
		once.Do(func() {
			fmt.Printf("attempt %d: initialising\n", n)
			panic(errInit)
		})
		fmt.Printf("attempt %d: Do returned without running f\n", n)
	}
	// a panic inside Do still marks the Once as done: f is never retried
	attempt(1)
	attempt(2)
	attempt(3)

	// a retryable init has to be built by hand, e.g. with a mutex
	var mu sync.Mutex
	ready := false
	tries := 0
	initOnce := func() error {
		mu.Lock()
		defer mu.Unlock()
		if ready {
			return nil
		}
		tries++
		if tries < 3 {
			return fmt.Errorf("try %d failed", tries)
		}
		ready = true
		return nil
	}
	for i := 0; i < 5; i++ {
		fmt.Println("init:", initOnce())
	}
}
