package main

import "fmt"

type Counter struct {
	name string
	n    int
}

func (c *Counter) Inc(by int) {
	c.n += by
	fmt.Println(c.name, "inc", by, "->", c.n)
}

func (c Counter) Show(tag string) {
	fmt.Println(tag, c.name, c.n)
}

func methods() {
	c := &Counter{name: "c"}
	defer c.Inc(10)  // receiver bound now
	defer c.Show("value receiver copied at defer:")
	c.n = 5
	v := Counter{name: "v", n: 1}
	defer v.Show("v")
	v.n = 99
	f := c.Inc
	defer f(1)
	fmt.Println("methods body done", c.n)
}

func closures() (out []int) {
	x := 1
	defer func() {
		out = append(out, x) // sees the final x
	}()
	defer func(v int) {
		out = append(out, v) // v evaluated at the defer statement
	}(x)
	x = 2
	g := func(s string) { fmt.Println("g:", s) }
	defer g("first registered")
	g = func(s string) { fmt.Println("other:", s) }
	defer g("second registered")
	x = 3
	return []int{0}
}

func builtinsDeferred() {
	defer println("println deferred to stderr")
	defer fmt.Print("print ", 1, " ", 2, "\n")
	defer fmt.Printf("%d-%s\n", 7, "x")
	fmt.Println("builtins body")
}

func nested(depth int) {
	defer fmt.Println("leave", depth)
	if depth < 3 {
		nested(depth + 1)
	}
	fmt.Println("bottom", depth)
}

func main() {
	methods()
	fmt.Println(closures())
	builtinsDeferred()
	nested(0)
}
