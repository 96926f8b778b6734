package main

import "fmt"

type node struct {
	val  int
	next *node
}

func sum(n *node) int {
	defer fmt.Println("sum leaving")
	return n.val + sum(n.next)
}

func main() {
	l := &node{1, &node{2, nil}}
	fmt.Println(sum(l))
}
