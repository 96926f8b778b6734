package main

import "fmt"

func processAll(items []string) {
	for _, it := range items {
		func() {
			defer fmt.Println("  released", it)
			fmt.Println("  processing", it)
		}()
	}
}

func deferInLoop() {
	for i := range 4 {
		defer func(n int) { fmt.Print("arg", n, " ") }(i)
		defer func() { fmt.Print("cap", i, " ") }()
	}
	fmt.Println("loop registered 8 defers")
}

func deferCount(n int) (calls int) {
	for i := 0; i < n; i++ {
		defer func() { calls++ }()
	}
	return 0
}

func main() {
	fmt.Println("per-iteration cleanup:")
	processAll([]string{"a", "b", "c"})
	deferInLoop()
	fmt.Println()
	fmt.Println(deferCount(5), deferCount(0))
	// defers run even when the loop breaks out via return
	fmt.Println(findFirst([]int{1, 3, 6, 7}))
}

func findFirst(xs []int) (idx int) {
	idx = -1
	for i, x := range xs {
		defer fmt.Println("checked", x)
		if x%2 == 0 {
			return i
		}
	}
	return
}
