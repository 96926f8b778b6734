package main

import (
	"fmt"
	"sort"
)

func main() {
	// one buffered channel in both a send and a receive case:
	// when the buffer is empty only the send is ready, when full only
	// the receive; in between either may be chosen
	ch := make(chan int, 2)
	sent, received := 0, 0
	var got []int
	for i := 0; i < 1000; i++ {
		select {
		case ch <- i:
			sent++
		case v := <-ch:
			received++
			got = append(got, v)
		}
	}
	for len(ch) > 0 {
		got = append(got, <-ch)
		received++
	}
	fmt.Println("every sent value received:", sent == received, len(got) == sent)
	sort.Ints(got)
	ascending := true
	for i := 1; i < len(got); i++ {
		if got[i] <= got[i-1] {
			ascending = false
		}
	}
	fmt.Println("no value received twice:", ascending)

	// with an empty buffer the send must win
	e := make(chan int, 1)
	select {
	case e <- 1:
		fmt.Println("empty: send chosen")
	case <-e:
		fmt.Println("wrong")
	}
	// with a full buffer the receive must win
	select {
	case e <- 2:
		fmt.Println("wrong")
	case v := <-e:
		fmt.Println("full: receive chosen, got", v)
	}

	// unbuffered: a goroutine cannot rendezvous with itself, so a select
	// with both cases on an unbuffered channel needs a partner
	u := make(chan int)
	go func() { u <- 77 }()
	select {
	case u <- 1:
		fmt.Println("partner received")
	case v := <-u:
		fmt.Println("received from partner:", v)
	}
}
