package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Settings struct {
	Limit   int
	Servers []string
}

// Readers load the current Settings without locks; the single writer
// publishes a fresh copy (copy-on-write) and never mutates a published one.
func main() {
	var current atomic.Value
	current.Store(&Settings{Limit: 10, Servers: []string{"s1"}})

	var wg sync.WaitGroup
	var bad atomic.Int32
	stop := make(chan struct{})
	for r := 0; r < 8; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				s := current.Load().(*Settings)
				// each snapshot is internally consistent: Limit == 10 * len(Servers)
				if s.Limit != 10*len(s.Servers) {
					bad.Add(1)
				}
			}
		}()
	}

	for i := 2; i <= 20; i++ {
		old := current.Load().(*Settings)
		next := &Settings{
			Limit:   10 * i,
			Servers: append(append([]string{}, old.Servers...), fmt.Sprint("s", i)),
		}
		current.Store(next)
	}
	close(stop)
	wg.Wait()
	final := current.Load().(*Settings)
	fmt.Println("limit:", final.Limit, "servers:", len(final.Servers), final.Servers[19])
	fmt.Println("inconsistent snapshots seen:", bad.Load())

	// storing a different concrete type panics
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		current.Store(Settings{})
	}()
	// and storing nil panics too
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		current.Store(nil)
	}()
}
