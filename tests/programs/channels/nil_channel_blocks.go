package main

import (
	"fmt"
	"time"
)

func main() {
	var nilc chan int

	// sending or receiving on a nil channel blocks forever; goroutines that
	// do it are stuck but the program still ends normally when main returns
	stuck := make(chan string, 2)
	go func() {
		stuck <- "sender parked"
		nilc <- 1
		stuck <- "sender resumed (never)"
	}()
	go func() {
		stuck <- "receiver parked"
		<-nilc
		stuck <- "receiver resumed (never)"
	}()
	a, b := <-stuck, <-stuck
	if a > b {
		a, b = b, a
	}
	fmt.Println(a, "/", b)

	// prove they stay blocked for a while
	select {
	case msg := <-stuck:
		fmt.Println("unexpected:", msg)
	case <-time.After(100 * time.Millisecond):
		fmt.Println("both still blocked after 100ms")
	}

	// a nil channel in a select is simply never chosen
	ready := make(chan int, 1)
	ready <- 7
	select {
	case v := <-nilc:
		fmt.Println("nil case chosen?!", v)
	case v := <-ready:
		fmt.Println("ready case chosen:", v)
	}

	// assigning a real channel to the variable enables it
	nilc = make(chan int, 1)
	nilc <- 9
	fmt.Println("after make:", <-nilc)
	fmt.Println("main returns")
}
