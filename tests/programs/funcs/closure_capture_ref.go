package main

import "fmt"

func main() {
	// closures see later assignments to captured variables
	x := 1
	show := func() int { return x }
	x = 2
	fmt.Println(show())
	x++
	fmt.Println(show())

	// closures can assign to captured variables
	msg := "before"
	set := func(s string) { msg = s }
	set("after")
	fmt.Println(msg)

	// each call to the outer function creates new variables
	mk := func() (func(), func() int) {
		v := 0
		return func() { v++ }, func() int { return v }
	}
	i1, g1 := mk()
	i2, g2 := mk()
	i1()
	i1()
	i2()
	fmt.Println(g1(), g2())

	// variable declared outside the loop is shared by all closures
	var fs []func() int
	shared := 0
	for i := 0; i < 3; i++ {
		shared = i * 10
		fs = append(fs, func() int { return shared })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// capturing a parameter
	makeMul := func(k int) func(int) int {
		return func(n int) int {
			k++ // modifies the captured parameter copy
			return n * k
		}
	}
	m := makeMul(2)
	fmt.Println(m(10), m(10), m(10))

	// capturing a pointer vs a value
	p := &struct{ n int }{1}
	val := *p
	byPtr := func() int { return p.n }
	byVal := func() int { return val.n }
	p.n = 99
	fmt.Println(byPtr(), byVal())

	// closure defined in a goroutine-free callback chain
	apply := func(n int, fns ...func(int) int) int {
		for _, f := range fns {
			n = f(n)
		}
		return n
	}
	offset := 3
	res := apply(1,
		func(v int) int { return v + offset },
		func(v int) int { offset = 100; return v * 2 },
		func(v int) int { return v + offset },
	)
	fmt.Println(res, offset)

	// swapping captured variables
	a, b := "A", "B"
	swap := func() { a, b = b, a }
	swap()
	fmt.Println(a, b)
	swap()
	swap()
	fmt.Println(a, b)
}
