package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Node struct {
	Val      int
	Children []*Node
}

func build(depth, width int, next *int) *Node {
	*next++
	n := &Node{Val: *next}
	if depth > 0 {
		for i := 0; i < width; i++ {
			n.Children = append(n.Children, build(depth-1, width, next))
		}
	}
	return n
}

// walk visits every node, starting a goroutine per child.
func walk(n *Node, wg *sync.WaitGroup, sum, visited *atomic.Int64) {
	defer wg.Done()
	sum.Add(int64(n.Val))
	visited.Add(1)
	for _, c := range n.Children {
		wg.Add(1)
		go walk(c, wg, sum, visited)
	}
}

// parallel recursive sum that returns its value through a channel
func treeSum(n *Node) int {
	ch := make(chan int, len(n.Children))
	for _, c := range n.Children {
		go func() { ch <- treeSum(c) }()
	}
	total := n.Val
	for range n.Children {
		total += <-ch
	}
	return total
}

func main() {
	next := 0
	root := build(6, 3, &next)
	fmt.Println("nodes built:", next)

	var wg sync.WaitGroup
	var sum, visited atomic.Int64
	wg.Add(1)
	go walk(root, &wg, &sum, &visited)
	wg.Wait()
	fmt.Println("visited:", visited.Load(), "sum:", sum.Load())
	fmt.Println("expected sum:", next*(next+1)/2)
	fmt.Println("channel tree sum:", treeSum(root))
}
