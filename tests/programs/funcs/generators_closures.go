package main

import "fmt"

// closure-based generators and iterators

func rangeGen(start, end, step int) func() (int, bool) {
	cur := start
	return func() (int, bool) {
		if cur >= end {
			return 0, false
		}
		v := cur
		cur += step
		return v, true
	}
}

func primes() func() int {
	found := []int{}
	n := 1
	return func() int {
		for {
			n++
			isPrime := true
			for _, p := range found {
				if p*p > n {
					break
				}
				if n%p == 0 {
					isPrime = false
					break
				}
			}
			if isPrime {
				found = append(found, n)
				return n
			}
		}
	}
}

func cycle(items ...string) func() string {
	i := -1
	return func() string {
		i = (i + 1) % len(items)
		return items[i]
	}
}

func takeWhile(next func() (int, bool), pred func(int) bool) []int {
	var out []int
	for {
		v, ok := next()
		if !ok || !pred(v) {
			return out
		}
		out = append(out, v)
	}
}

func main() {
	next := rangeGen(0, 20, 3)
	for v, ok := next(); ok; v, ok = next() {
		fmt.Print(v, " ")
	}
	fmt.Println()
	p := primes()
	for range 15 {
		fmt.Print(p(), " ")
	}
	fmt.Println()
	c := cycle("red", "green", "blue")
	for range 7 {
		fmt.Print(c(), " ")
	}
	fmt.Println()
	fmt.Println(takeWhile(rangeGen(1, 100, 7), func(v int) bool { return v < 40 }))
	// independent generators do not share state
	g1, g2 := rangeGen(0, 3, 1), rangeGen(0, 3, 1)
	a, _ := g1()
	a, _ = g1()
	b, _ := g2()
	fmt.Println(a, b)
}
