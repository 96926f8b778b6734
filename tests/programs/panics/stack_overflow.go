package main

import "fmt"

type Tree struct {
	Left, Right *Tree
	Val         int
}

// sum has no base case for a cyclic tree
func sum(t *Tree) int {
	if t == nil {
		return 0
	}
	return t.Val + sum(t.Left) + sum(t.Right)
}

func main() {
	t := &Tree{Val: 1, Left: &Tree{Val: 2}, Right: &Tree{Val: 3}}
	fmt.Println("sum:", sum(t))
	t.Left.Left = t // oops: a cycle
	fmt.Println("sum with cycle:")
	fmt.Println(sum(t))
}
