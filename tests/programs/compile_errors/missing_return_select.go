package main

import (
	"fmt"
	"time"
)

func wait(ch chan int) (int, bool) {
	select {
	case v := <-ch:
		return v, true
	case <-time.After(time.Millisecond):
		fmt.Println("timeout")
	}
}

func main() {
	fmt.Println(wait(make(chan int)))
}
