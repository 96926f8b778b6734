// Stress: fan-in of 8 producers through per-source forwarders and a
// WaitGroup closer delivers all 8,000 values exactly once, keeps each
// source's order, and closes the merged channel only after the last one.
package main

import (
	"fmt"
	"os"
	"sync"
)

func fail(format string, args ...any) {
	fmt.Printf("FAIL: "+format+"\n", args...)
	os.Exit(1)
}

type msg struct{ src, seq int }

func producer(id, n int) <-chan msg {
	out := make(chan msg, id%3) // capacities 0, 1, 2
	go func() {
		defer close(out)
		for s := range n {
			out <- msg{id, s}
		}
	}()
	return out
}

func merge(ins []<-chan msg) <-chan msg {
	out := make(chan msg)
	var wg sync.WaitGroup
	for _, in := range ins {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for m := range in {
				out <- m
			}
		}()
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	const producers, per = 8, 1000
	ins := make([]<-chan msg, producers)
	for i := range ins {
		ins[i] = producer(i, per)
	}
	next := make([]int, producers)
	count := 0
	for m := range merge(ins) {
		if m.seq != next[m.src] {
			fail("source %d: got seq %d, want %d", m.src, m.seq, next[m.src])
		}
		next[m.src]++
		count++
	}
	if count != producers*per {
		fail("received %d, want %d", count, producers*per)
	}
	for i, n := range next {
		if n != per {
			fail("source %d delivered %d", i, n)
		}
	}
	fmt.Println("ok")
}
