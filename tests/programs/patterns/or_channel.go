package main

import (
	"fmt"
	"time"
)

// The "or-channel" from Concurrency in Go: combine any number of done
// channels into one that closes as soon as any of them closes.
func or(channels ...<-chan struct{}) <-chan struct{} {
	switch len(channels) {
	case 0:
		return nil
	case 1:
		return channels[0]
	}
	orDone := make(chan struct{})
	go func() {
		defer close(orDone)
		switch len(channels) {
		case 2:
			select {
			case <-channels[0]:
			case <-channels[1]:
			}
		default:
			select {
			case <-channels[0]:
			case <-channels[1]:
			case <-channels[2]:
			case <-or(append(channels[3:], orDone)...):
			}
		}
	}()
	return orDone
}

func after(d time.Duration) <-chan struct{} {
	c := make(chan struct{})
	go func() {
		defer close(c)
		time.Sleep(d)
	}()
	return c
}

func main() {
	start := time.Now()
	<-or(
		after(2*time.Second),
		after(5*time.Second),
		after(60*time.Millisecond),
		after(time.Second),
		after(3*time.Second),
		after(4*time.Second),
	)
	elapsed := time.Since(start)
	fmt.Println("done after the shortest:", elapsed >= 60*time.Millisecond && elapsed < 900*time.Millisecond)

	// a single channel is returned as is; none gives nil
	c := make(chan struct{})
	fmt.Println("one channel passes through:", or(c) == (<-chan struct{})(c))
	fmt.Println("no channels gives nil:", or() == nil)

	// already-closed input: done at once
	closed := make(chan struct{})
	close(closed)
	<-or(after(time.Hour), closed)
	fmt.Println("closed input wins immediately")
}
