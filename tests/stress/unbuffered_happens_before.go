// Stress: the happens-before edges of channels (the Go memory model).
//  1. A send happens before the matching receive completes: plain writes
//     made before `ch <- v` are visible after `<-ch`.
//  2. On an unbuffered channel, a receive happens before the matching send
//     completes: writes made before `<-ch` are visible after `ch <- v`.
//  3. On a channel of capacity C, the k-th receive happens before the
//     (k+C)-th send completes.
//
// All data below is plain (non-atomic); a violation shows as a stale value.
package main

import (
	"fmt"
	"os"
)

func fail(format string, args ...any) {
	fmt.Printf("FAIL: "+format+"\n", args...)
	os.Exit(1)
}

type box struct {
	a, b, c int
	s       []int
}

func main() {
	const n = 2000

	// 1. send -> receive
	ch := make(chan *box)
	go func() {
		for i := range n {
			b := &box{a: i, b: 2 * i, c: 3 * i, s: []int{i, i}}
			ch <- b
		}
	}()
	for i := range n {
		b := <-ch
		if b.a != i || b.b != 2*i || b.c != 3*i || len(b.s) != 2 || b.s[1] != i {
			fail("send->receive: got %+v at %d", *b, i)
		}
	}

	// 2. receive -> send completion (unbuffered only). The ack channel
	// keeps the next write to shared after main's read.
	var shared int
	rendezvous, ack := make(chan int), make(chan int)
	go func() {
		for i := range n {
			shared = i + 1 // written before the receive
			<-rendezvous
			<-ack
		}
	}()
	for i := range n {
		rendezvous <- 0 // completes after the receive, so shared is visible
		if shared != i+1 {
			fail("receive->send: shared = %d after send %d", shared, i)
		}
		ack <- 0
	}

	// 3. capacity C: the k-th receive happens before the (k+C)-th send completes.
	const C = 3
	sem := make(chan int, C)
	marks := make([]int, n)
	go func() {
		for k := range n {
			marks[k] = k + 100 // written before the k-th receive
			<-sem
		}
	}()
	for k := range n + C {
		sem <- k
		if j := k - C; j >= 0 && marks[j] != j+100 {
			fail("capacity %d: mark %d = %d after send %d", C, j, marks[j], k)
		}
	}
	fmt.Println("ok")
}
