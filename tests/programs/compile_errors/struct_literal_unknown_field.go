package main

import "fmt"

type Worker struct {
	ID   int
	Name string
}

func main() {
	w := Worker{ID: 1, Nmae: "alpha"}
	fmt.Println(w)
}
