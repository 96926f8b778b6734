package main

import "fmt"

type Pair struct {
	Key   string
	Value int
}

func main() {
	p := Pair{"a", 1, true}
	fmt.Println(p)
}
