package main

import (
	"fmt"
	"sync"
)

type Settings struct {
	mu   sync.RWMutex
	vals map[string]string
}

func (s *Settings) Set(k, v string) {
	s.mu.Lock()
	s.vals[k] = v
	s.mu.Unlock()
}

func main() {
	s := &Settings{vals: map[string]string{}}
	s.Set("mode", "fast")
	fmt.Println("mode:", s.vals["mode"])
	// releasing a write lock that is not held is a fatal error
	fmt.Println("unlocking a write lock that is not held")
	s.mu.Unlock()
	fmt.Println("unreachable")
}
