package main

import "fmt"

type event struct {
	kind string
	id   int
}

func main() {
	events := make(chan event, 3)
	events <- event{"click", 1}
	events <- event{"key", 2}
	close(events)

	var last event
	var open bool
	for i := 0; i < 4; i++ {
		select {
		// assignment to existing variables, with the ok flag
		case last, open = <-events:
			fmt.Printf("assigned: %+v open=%v\n", last, open)
		}
	}

	// discarding the value, keeping only the fact of receipt
	sig := make(chan int, 1)
	sig <- 100
	select {
	case <-sig:
		fmt.Println("received and discarded")
	}

	// blank identifier for the value, ok kept
	closed := make(chan string)
	close(closed)
	select {
	case _, ok := <-closed:
		fmt.Println("closed channel ok:", ok)
	}

	// receive into a map element and a struct field
	m := map[string]int{}
	var holder struct{ v int }
	nums := make(chan int, 2)
	nums <- 3
	nums <- 4
	select {
	case m["first"] = <-nums:
	}
	select {
	case holder.v = <-nums:
	}
	fmt.Println(m, holder.v)

	// a case that receives from a function result
	gen := func() <-chan string {
		c := make(chan string, 1)
		c <- "from a function call"
		return c
	}
	select {
	case s := <-gen():
		fmt.Println(s)
	}

	// a scoped variable in the case shadows the outer one
	x := "outer"
	xs := make(chan string, 1)
	xs <- "inner"
	select {
	case x := <-xs:
		fmt.Println("case x:", x)
	}
	fmt.Println("outer x:", x)
}
