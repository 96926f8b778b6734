// Stress: len and cap of a buffered channel stay within [0, cap] while 4
// producers and 4 consumers hammer it; nothing is lost; cap never changes.
package main

import (
	"fmt"
	"os"
	"sync"
	"sync/atomic"
)

func fail(format string, args ...any) {
	fmt.Printf("FAIL: "+format+"\n", args...)
	os.Exit(1)
}

func main() {
	const capacity, producers, per = 8, 4, 3000
	ch := make(chan int, capacity)
	stop := make(chan struct{})
	var samples atomic.Int64
	monitorDone := make(chan struct{})
	go func() {
		defer close(monitorDone)
		for {
			select {
			case <-stop:
				return
			default:
			}
			if l, c := len(ch), cap(ch); l < 0 || l > capacity || c != capacity {
				fail("len %d cap %d", l, c)
			}
			samples.Add(1)
		}
	}()

	var sum atomic.Int64
	var pwg, cwg sync.WaitGroup
	for p := range producers {
		pwg.Add(1)
		go func() {
			defer pwg.Done()
			for i := 1; i <= per; i++ {
				ch <- p*per + i
			}
		}()
	}
	for range 4 {
		cwg.Add(1)
		go func() {
			defer cwg.Done()
			for v := range ch {
				sum.Add(int64(v))
			}
		}()
	}
	pwg.Wait()
	close(ch)
	cwg.Wait()
	close(stop)
	<-monitorDone
	const total = producers * per
	if sum.Load() != total*(total+1)/2 {
		fail("sum %d, want %d", sum.Load(), total*(total+1)/2)
	}
	if len(ch) != 0 || cap(ch) != capacity {
		fail("after drain: len %d cap %d", len(ch), cap(ch))
	}
	if samples.Load() == 0 {
		fail("monitor never ran")
	}
	fmt.Println("ok")
}
