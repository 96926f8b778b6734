package main

import (
	"fmt"
	"sync"
)

// The safe way: close through a sync.Once so a second Close is harmless.
type SafeDone struct {
	once sync.Once
	ch   chan struct{}
}

func (d *SafeDone) Close() { d.once.Do(func() { close(d.ch) }) }

func main() {
	d := &SafeDone{ch: make(chan struct{})}
	d.Close()
	d.Close()
	<-d.ch
	fmt.Println("closed safely twice through sync.Once")

	// Recovering from a double close shows the panic text.
	ch := make(chan bool)
	close(ch)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		close(ch)
	}()

	// And the unprotected mistake crashes the program.
	results := make(chan int, 3)
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results <- i * 10
		}()
	}
	wg.Wait()
	close(results)
	sum := 0
	for v := range results {
		sum += v
	}
	fmt.Println("sum:", sum)
	close(results) // a second close: fatal
	fmt.Println("unreachable")
}
