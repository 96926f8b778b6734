package main

import (
	"fmt"
	"time"
)

func main() {
	delay := 3
	time.Sleep(time.Millisecond * delay)
	fmt.Println("slept")
}
