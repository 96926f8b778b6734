package main

import "fmt"

type State struct {
	count int
}

func main() {
	var s State
	s.count := 5
	fmt.Println(s.count)
}
