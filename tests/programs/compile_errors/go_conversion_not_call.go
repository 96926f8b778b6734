package main

import (
	"fmt"
	"time"
)

type Task func()

func main() {
	t := func() { fmt.Println("task") }
	go Task(t)
	time.Sleep(time.Millisecond)
}
