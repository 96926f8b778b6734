package main

import "fmt"

type Pool struct {
	size int
}

func main() {
	p := make(Pool)
	fmt.Println(p)
}
