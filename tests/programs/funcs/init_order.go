package main

import "fmt"

// package-level variables are initialized in dependency order
var (
	a = c + b // depends on b and c
	b = f("b", 1)
	c = f("c", 2)
	d = f("d", 3)
)

var total = sum(values...)
var values = []int{1, 2, 3}

var registry = map[string]func() string{}

func f(name string, v int) int {
	fmt.Println("init var", name)
	return v
}

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func init() {
	fmt.Println("first init: a =", a)
	registry["hello"] = func() string { return "hello handler" }
}

func init() {
	fmt.Println("second init, registry size", len(registry))
	registry["bye"] = func() string { return "bye handler" }
}

func main() {
	fmt.Println("main:", a, b, c, d, total)
	fmt.Println(registry["hello"](), registry["bye"](), len(registry))
}
