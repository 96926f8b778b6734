package main

import "fmt"

func stack() {
	for i := 1; i <= 3; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("body done")
}

func nested() {
	defer fmt.Println("outer 1")
	func() {
		defer fmt.Println("inner 1")
		defer fmt.Println("inner 2")
		fmt.Println("inner body")
	}()
	defer fmt.Println("outer 2")
	fmt.Println("outer body")
}

type resource struct{ name string }

func open(name string) *resource {
	fmt.Println("open", name)
	return &resource{name}
}

func (r *resource) Close() { fmt.Println("close", r.name) }

func useResources() {
	a := open("a")
	defer a.Close()
	b := open("b")
	defer b.Close()
	c := open("c")
	defer c.Close()
	fmt.Println("using", a.name, b.name, c.name)
}

func earlyReturn(x int) string {
	defer fmt.Println("cleanup for", x)
	if x < 0 {
		return "negative"
	}
	defer fmt.Println("only registered for non-negative", x)
	return "non-negative"
}

func main() {
	stack()
	nested()
	useResources()
	fmt.Println(earlyReturn(-1))
	fmt.Println(earlyReturn(5))
	// deferred closures run after the return value is computed
	fmt.Println(trace())
}

func trace() (s string) {
	defer func() { s += " +d1" }()
	defer func() { s += " +d2" }()
	return "ret"
}
