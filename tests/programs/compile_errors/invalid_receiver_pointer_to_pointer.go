package main

import "fmt"

type Counter struct {
	n int
}

func (c **Counter) Reset() {
	(*c).n = 0
}

func main() {
	fmt.Println(Counter{})
}
