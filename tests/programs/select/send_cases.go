package main

import (
	"fmt"
	"sort"
)

func main() {
	// select can send: whichever queue has room gets the item
	fast := make(chan int, 3)
	slow := make(chan int, 1)
	overflow := 0
	for i := 0; i < 6; i++ {
		select {
		case fast <- i:
		case slow <- i:
		default:
			overflow++
		}
	}
	fmt.Println("fast:", len(fast), "slow:", len(slow), "overflow:", overflow)
	var all []int
	for len(fast) > 0 {
		all = append(all, <-fast)
	}
	for len(slow) > 0 {
		all = append(all, <-slow)
	}
	sort.Ints(all)
	fmt.Println("items that got in:", all)

	// mixing send and receive: a buffer goroutine that accepts input and
	// offers output until the input is closed and the buffer drained
	in := make(chan string)
	out := make(chan string)
	go func() {
		var queue []string
		for in != nil || len(queue) > 0 {
			var sendCh chan string
			var next string
			if len(queue) > 0 {
				sendCh, next = out, queue[0]
			}
			select {
			case s, ok := <-in:
				if !ok {
					in = nil
					continue
				}
				queue = append(queue, s)
			case sendCh <- next:
				queue = queue[1:]
			}
		}
		close(out)
	}()
	go func() {
		for _, s := range []string{"a", "b", "c", "d", "e"} {
			in <- s
		}
		close(in)
	}()
	var got []string
	for s := range out {
		got = append(got, s)
	}
	fmt.Println("through the elastic buffer:", got)

	// the value of a send case is evaluated even if the case is not chosen
	calls := 0
	val := func() int { calls++; return 42 }
	full := make(chan int) // no receiver: send never ready
	select {
	case full <- val():
		fmt.Println("wrong")
	default:
		fmt.Println("default taken, value evaluated", calls, "time(s)")
	}
}
