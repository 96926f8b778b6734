package main

import (
	"fmt"
	"sync"
)

type Job struct {
	mu   sync.Mutex
	done bool
}

func (j *Job) Finish() {
	j.mu.Lock()
	j.done = true
	j.mu.Unlock()
	defer j.mu.Unlock() // bug: a second unlock
}

func main() {
	j := &Job{}
	defer func() {
		// a fatal error is not a panic: recover cannot stop it
		fmt.Println("recover:", recover())
	}()
	fmt.Println("finishing job")
	j.Finish()
	fmt.Println("unreachable")
}
