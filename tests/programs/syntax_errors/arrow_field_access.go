package main

import "fmt"

type Node struct {
	val  int
	next *Node
}

func main() {
	n := &Node{val: 1}
	n->val = 2
	fmt.Println(n.val)
}
