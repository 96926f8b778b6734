package main

import "fmt"

type Batch struct {
	ID    int
	Items []string
}

func main() {
	a := Batch{ID: 1}
	b := Batch{ID: 1}
	fmt.Println(a == b)
}
