package main

import "fmt"

type Queue struct {
	items []int
}

func (q *Queue) Len() int {
	return len(q.items)
}

func (q Queue) Len() int {
	return len(q.items)
}

func main() {
	q := &Queue{}
	fmt.Println(q.Len())
}
