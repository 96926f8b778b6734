package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	go func() { ch <- 42 }()
	select {
	case v := <-ch:
		fmt.Println("received")
	case <-time.After(time.Second):
		fmt.Println("timeout")
	}
}
