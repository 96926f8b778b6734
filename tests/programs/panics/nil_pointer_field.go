package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func buildList(vals ...int) *Node {
	var head *Node
	for i := len(vals) - 1; i >= 0; i-- {
		head = &Node{vals[i], head}
	}
	return head
}

func main() {
	list := buildList(1, 2, 3)
	n := list
	for i := 0; i < 4; i++ {
		fmt.Println("node", i, "value", n.Val) // crashes when n becomes nil
		n = n.Next
	}
}
