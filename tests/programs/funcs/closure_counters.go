package main

import "fmt"

func makeCounter(start, step int) (inc func() int, get func() int) {
	n := start
	inc = func() int {
		n += step
		return n
	}
	get = func() int { return n }
	return
}

func makeAccumulators() []func(int) int {
	var fs []func(int) int
	total := 0
	for i := 1; i <= 3; i++ {
		fs = append(fs, func(x int) int {
			total += x * i
			return total
		})
	}
	return fs
}

func idGenerator(prefix string) func() string {
	id := 0
	return func() string {
		id++
		return fmt.Sprintf("%s-%03d", prefix, id)
	}
}

func main() {
	inc, get := makeCounter(10, 5)
	inc()
	inc()
	fmt.Println(get(), inc(), get())
	inc2, get2 := makeCounter(0, 1)
	inc2()
	fmt.Println(get(), get2())

	fs := makeAccumulators()
	fmt.Println(fs[0](1), fs[1](1), fs[2](1), fs[0](10))

	user := idGenerator("user")
	order := idGenerator("order")
	fmt.Println(user(), user(), order(), user())

	// closure modifying a captured slice and map
	var log []string
	seen := map[string]int{}
	record := func(s string) {
		log = append(log, s)
		seen[s]++
	}
	for _, w := range []string{"a", "b", "a"} {
		record(w)
	}
	fmt.Println(log, seen)

	// closure capturing a struct by reference
	type state struct{ hits int }
	st := state{}
	hit := func() { st.hits++ }
	hit()
	hit()
	copyOfSt := st
	hit()
	fmt.Println(st.hits, copyOfSt.hits)

	// a closure that returns closures
	adder := func(a int) func(int) func(int) int {
		return func(b int) func(int) int {
			return func(c int) int { return a + b + c }
		}
	}
	fmt.Println(adder(1)(2)(3), adder(10)(20)(30))

	// fibonacci generator
	fib := func() func() int {
		a, b := 0, 1
		return func() int {
			r := a
			a, b = b, a+b
			return r
		}
	}()
	for range 10 {
		fmt.Print(fib(), " ")
	}
	fmt.Println()
}
