package main

import "fmt"

type item struct {
	name string
	qty  int
}

func report(label string, n, c int) {
	fmt.Printf("%-22s len=%d cap=%d\n", label, n, c)
}

func main() {
	var nilCh chan int
	report("nil channel", len(nilCh), cap(nilCh))

	unbuf := make(chan int)
	report("unbuffered", len(unbuf), cap(unbuf))

	buf := make(chan item, 5)
	report("buffered, empty", len(buf), cap(buf))
	buf <- item{"apple", 3}
	buf <- item{"pear", 1}
	report("buffered, two queued", len(buf), cap(buf))

	// closing does not discard buffered values; len still counts them
	close(buf)
	report("closed with two queued", len(buf), cap(buf))
	it := <-buf
	fmt.Println("first:", it.name, it.qty)
	report("closed, one left", len(buf), cap(buf))
	it, ok := <-buf
	fmt.Println("second:", it.name, ok)
	it, ok = <-buf
	fmt.Printf("drained: %+v %v\n", it, ok)
	report("closed and drained", len(buf), cap(buf))

	// directional views share len and cap with the channel
	c := make(chan int, 4)
	var sendOnly chan<- int = c
	var recvOnly <-chan int = c
	sendOnly <- 1
	sendOnly <- 2
	report("via send-only view", len(sendOnly), cap(sendOnly))
	report("via receive-only view", len(recvOnly), cap(recvOnly))
	<-recvOnly
	report("after one receive", len(c), cap(c))
}
