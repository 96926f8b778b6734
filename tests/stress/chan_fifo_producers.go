// Stress: a channel is FIFO: under concurrent producers, each producer's
// values arrive in the order it sent them, and none is lost or doubled.
// Checked for a buffered (16) and an unbuffered channel.
package main

import (
	"fmt"
	"os"
)

func fail(format string, args ...any) {
	fmt.Printf("FAIL: "+format+"\n", args...)
	os.Exit(1)
}

type item struct{ producer, seq int }

func check(capacity int) {
	const producers, per = 4, 2000
	ch := make(chan item, capacity)
	for p := range producers {
		go func() {
			for s := 1; s <= per; s++ {
				ch <- item{p, s}
			}
		}()
	}
	var last [producers]int
	for range producers * per {
		it := <-ch
		if it.seq != last[it.producer]+1 {
			fail("cap %d: producer %d sent %d after %d", capacity, it.producer, it.seq, last[it.producer])
		}
		last[it.producer] = it.seq
	}
	for p, l := range last {
		if l != per {
			fail("cap %d: producer %d ended at %d", capacity, p, l)
		}
	}
	select {
	case it := <-ch:
		fail("cap %d: extra item %+v", capacity, it)
	default:
	}
}

func main() {
	check(16)
	check(0)
	check(1)
	fmt.Println("ok")
}
