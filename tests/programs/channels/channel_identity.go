package main

import (
	"fmt"
	"sort"
)

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	alias := a

	// channels are reference values: equality means the same channel
	fmt.Println("a == alias:", a == alias)
	fmt.Println("a == b:", a == b)
	alias <- 5
	fmt.Println("sent via alias, received via a:", <-a)

	var n1, n2 chan int
	fmt.Println("nil == nil:", n1 == n2, n1 == nil)

	// channels can be map keys: track which inputs are still open
	inputs := map[chan int]string{a: "a", b: "b"}
	c := make(chan int, 1)
	inputs[c] = "c"
	delete(inputs, b)
	var names []string
	for ch, name := range inputs {
		ch <- len(name)
		names = append(names, name)
	}
	sort.Strings(names)
	fmt.Println("keys:", names, "a got:", <-a, "c got:", <-c)

	// a channel passed to a function is the same channel
	fill := func(ch chan int) {
		for i := 1; i <= cap(ch); i++ {
			ch <- i
		}
	}
	d := make(chan int, 3)
	fill(d)
	fmt.Println("filled by callee:", len(d))

	// channels inside structs compare by identity too
	type pair struct{ in, out chan int }
	p1 := pair{a, b}
	p2 := pair{alias, b}
	fmt.Println("struct with same channels equal:", p1 == p2)

	// interface values holding channels
	var x, y any = a, alias
	fmt.Println("interfaces equal:", x == y)
}
