package main

import "fmt"

var log []string

func ch(name string, c chan int) chan int {
	log = append(log, "chan "+name)
	return c
}

func val(name string, v int) int {
	log = append(log, "value "+name)
	return v
}

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	c := make(chan int) // never ready
	b <- 5

	// On entering select, every channel operand and every value to send is
	// evaluated exactly once, in source order, before any case is chosen.
	select {
	case ch("a", a) <- val("a", 1):
		log = append(log, "sent to a")
	case v := <-ch("b", b):
		log = append(log, fmt.Sprint("received ", v, " from b"))
	case ch("c", c) <- val("c", 3):
		log = append(log, "sent to c")
	}
	// a or b was chosen (both ready); the evaluation prefix is fixed
	for _, l := range log[:5] {
		fmt.Println(l)
	}
	fmt.Println("cases evaluated before choosing:", len(log) == 6)

	// the left-hand side of a receive assignment is evaluated only if the
	// case is chosen
	log = nil
	var arr [3]int
	idx := func(i int) int { log = append(log, fmt.Sprint("index ", i)); return i }
	d := make(chan int, 1)
	d <- 9
	select {
	case arr[idx(1)] = <-d:
	case arr[idx(2)] = <-c:
	}
	fmt.Println(arr, log)

	// a blocking select evaluates its operands once, not every wake-up
	log = nil
	e := make(chan int)
	done := make(chan bool)
	go func() {
		e <- 7
		done <- true
	}()
	select {
	case v := <-ch("e", e):
		fmt.Println("got", v, "after evaluating", log)
	}
	<-done
}
