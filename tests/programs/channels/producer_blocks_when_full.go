package main

import (
	"fmt"
	"time"
)

func main() {
	// with a slow consumer, the producer runs ahead only by the buffer size
	buf := make(chan int, 3)
	progress := make(chan int, 10)
	go func() {
		for i := 1; i <= 6; i++ {
			buf <- i
			progress <- i
		}
		close(buf)
		close(progress)
	}()

	// let the producer fill the buffer; it must then block on the 4th send
	time.Sleep(60 * time.Millisecond)
	fmt.Println("buffer full:", len(buf) == cap(buf))
	sent := 0
	for len(progress) > 0 {
		sent = <-progress
	}
	fmt.Println("producer got", sent, "sends through before blocking")

	// each receive frees one slot and lets exactly one more send in
	fmt.Println("consumed", <-buf)
	time.Sleep(60 * time.Millisecond)
	fmt.Println("buffer full again:", len(buf) == cap(buf))
	fmt.Println("progress:", <-progress)

	var rest []int
	for v := range buf {
		rest = append(rest, v)
	}
	fmt.Println("rest:", rest)
}
