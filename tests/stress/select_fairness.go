// Stress: select chooses uniformly among ready cases.
// Two (then three) always-ready cases: each must be chosen a fair share of
// 10,000 selects (Go picks uniformly at random; the bounds are > 10 standard
// deviations wide). A ready case must always beat default.
package main

import (
	"fmt"
	"os"
)

func fail(format string, args ...any) {
	fmt.Printf("FAIL: "+format+"\n", args...)
	os.Exit(1)
}

func main() {
	const n = 10000

	// Two closed channels: both always ready.
	a, b := make(chan int), make(chan int)
	close(a)
	close(b)
	var ca, cb int
	for range n {
		select {
		case <-a:
			ca++
		case <-b:
			cb++
		}
	}
	if ca < 4000 || cb < 4000 {
		fail("two ready cases chosen %d and %d times of %d", ca, cb, n)
	}

	// Three buffered channels kept non-empty: refill the one chosen.
	chs := []chan int{make(chan int, 1), make(chan int, 1), make(chan int, 1)}
	for i, c := range chs {
		c <- i
	}
	var counts [3]int
	for range n {
		select {
		case v := <-chs[0]:
			counts[v]++
			chs[0] <- v
		case v := <-chs[1]:
			counts[v]++
			chs[1] <- v
		case v := <-chs[2]:
			counts[v]++
			chs[2] <- v
		}
	}
	for i, c := range counts {
		if c < 2800 || c > 3900 {
			fail("three ready cases: case %d chosen %d times of %d (%v)", i, c, n, counts)
		}
	}

	// A send case and a receive case, both ready.
	s := make(chan int, 1)
	var sends, recvs int
	for range n {
		select {
		case s <- 1:
			sends++
			<-s
		case <-a:
			recvs++
		}
	}
	if sends < 4000 || recvs < 4000 {
		fail("send vs receive chosen %d and %d times", sends, recvs)
	}

	// default must never win over a ready case.
	for i := range n {
		select {
		case <-a:
		default:
			fail("default chosen although a case was ready (iteration %d)", i)
		}
	}
	fmt.Println("ok")
}
