package main

import (
	"context"
	"fmt"
)

func status(name string, ctx context.Context) {
	err := ctx.Err()
	if err == nil {
		fmt.Printf("  %-12s active\n", name)
	} else {
		fmt.Printf("  %-12s %v\n", name, err)
	}
}

func main() {
	root, cancelRoot := context.WithCancel(context.Background())
	a, cancelA := context.WithCancel(root)
	a1, cancelA1 := context.WithCancel(a)
	a2, cancelA2 := context.WithCancel(a)
	b, cancelB := context.WithCancel(root)
	b1, cancelB1 := context.WithCancel(b)
	defer cancelA1()
	defer cancelA2()
	defer cancelB1()

	all := func(title string) {
		fmt.Println(title)
		status("root", root)
		status("a", a)
		status("a/1", a1)
		status("a/2", a2)
		status("b", b)
		status("b/1", b1)
	}
	all("initially:")

	// cancelling a leaf affects only the leaf
	cancelA2()
	all("after cancelling a/2:")

	// cancelling a subtree root cancels all its descendants, not its parent
	// nor its siblings
	cancelA()
	all("after cancelling a:")

	// a child created from an already cancelled parent starts cancelled
	late, cancelLate := context.WithCancel(a)
	defer cancelLate()
	fmt.Println("child of cancelled parent:", late.Err())

	// cancelling the root cancels everything that is left
	cancelRoot()
	all("after cancelling root:")
	cancelB()
}
