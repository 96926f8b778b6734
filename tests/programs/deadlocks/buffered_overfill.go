package main

import "fmt"

type Queue struct {
	items chan int
}

func (q *Queue) Push(v int) {
	fmt.Println("enqueue", v, "len before:", len(q.items), "cap:", cap(q.items))
	q.items <- v // blocks when the buffer is full
}

func main() {
	q := &Queue{items: make(chan int, 3)}
	// a buffered channel only postpones blocking: with no consumer
	// goroutine, the fourth send finds the buffer full and waits forever
	for i := 1; i <= 4; i++ {
		q.Push(i)
	}
	fmt.Println("unreachable")
}
