package main

import (
	"fmt"
	"time"
)

func main() {
	tk := time.NewTicker(20 * time.Millisecond)
	fmt.Println("ticker len/cap:", len(tk.C), cap(tk.C))

	start := time.Now()
	for i := 0; i < 3; i++ {
		<-tk.C
	}
	fmt.Println("3 ticks took >= 60ms:", time.Since(start) >= 60*time.Millisecond)

	// after Stop no more ticks arrive, not even one already due
	time.Sleep(30 * time.Millisecond) // a tick is due now
	tk.Stop()
	select {
	case <-tk.C:
		fmt.Println("tick after Stop (wrong)")
	case <-time.After(80 * time.Millisecond):
		fmt.Println("no ticks after Stop")
	}

	// Reset restarts a stopped ticker with a new period
	tk.Reset(60 * time.Millisecond)
	start = time.Now()
	<-tk.C
	first := time.Since(start)
	fmt.Println("first tick after Reset >= 60ms:", first >= 60*time.Millisecond)

	// Reset on a running ticker changes its period
	tk.Reset(10 * time.Millisecond)
	start = time.Now()
	for i := 0; i < 5; i++ {
		<-tk.C
	}
	fmt.Println("5 fast ticks >= 50ms:", time.Since(start) >= 50*time.Millisecond)
	fmt.Println("5 fast ticks < 300ms:", time.Since(start) < 300*time.Millisecond)
	tk.Stop()

	// NewTicker panics on a non-positive period
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		time.NewTicker(0)
	}()
	// and so does Reset
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		tk.Reset(-1)
	}()
}
