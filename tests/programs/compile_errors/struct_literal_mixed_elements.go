package main

import "fmt"

type Job struct {
	ID       int
	Priority int
}

func main() {
	j := Job{ID: 1, 5}
	fmt.Println(j)
}
