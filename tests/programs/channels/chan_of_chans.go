package main

import (
	"fmt"
	"sort"
)

// A request carries its own reply channel, so each client gets exactly
// its own answer back from a shared server goroutine.
type request struct {
	n     int
	reply chan int
}

func server(reqs <-chan request) {
	for r := range reqs {
		r.reply <- fib(r.n)
	}
}

func fib(n int) int {
	a, b := 0, 1
	for range n {
		a, b = b, a+b
	}
	return a
}

func main() {
	reqs := make(chan request)
	go server(reqs)

	// sequential client
	rep := make(chan int)
	reqs <- request{10, rep}
	fmt.Println("fib(10) =", <-rep)

	// many concurrent clients, each with its own reply channel
	type answer struct{ n, v int }
	answers := make(chan answer)
	for n := 20; n < 30; n++ {
		go func() {
			r := make(chan int)
			reqs <- request{n, r}
			answers <- answer{n, <-r}
		}()
	}
	var got []answer
	for range 10 {
		got = append(got, <-answers)
	}
	sort.Slice(got, func(i, j int) bool { return got[i].n < got[j].n })
	for _, a := range got {
		fmt.Printf("fib(%d) = %d\n", a.n, a.v)
	}

	// a channel of channels used as a queue of mailboxes
	mailboxes := make(chan chan string, 3)
	for i := 0; i < 3; i++ {
		mb := make(chan string, 1)
		mb <- fmt.Sprint("letter ", i)
		mailboxes <- mb
	}
	close(mailboxes)
	for mb := range mailboxes {
		fmt.Println(<-mb)
	}
	close(reqs)
}
