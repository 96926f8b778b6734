package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	counter := 0
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			counter++
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("counter:", counter)

	// a worker unlocks a mutex nobody holds; this kills the whole
	// program, even though main is just waiting
	done := make(chan bool)
	go func() {
		defer func() {
			recover() // cannot catch a fatal error
			done <- true
		}()
		mu.Unlock()
	}()
	<-done
	fmt.Println("unreachable")
}
