package main

import (
	"fmt"
	"time"
)

func tick() {
	fmt.Println("tick")
}

func main() {
	go tick
	time.Sleep(10 * time.Millisecond)
}
