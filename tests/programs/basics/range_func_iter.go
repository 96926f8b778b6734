package main

import "fmt"

// Countdown yields n, n-1, ..., 1.
func Countdown(n int) func(yield func(int) bool) {
	return func(yield func(int) bool) {
		for i := n; i > 0; i-- {
			if !yield(i) {
				fmt.Println("  (countdown stopped early at", i, ")")
				return
			}
		}
	}
}

// Enumerate yields index/value pairs.
func Enumerate[T any](xs []T) func(yield func(int, T) bool) {
	return func(yield func(int, T) bool) {
		for i, x := range xs {
			if !yield(i, x) {
				return
			}
		}
	}
}

func Fib() func(func(int) bool) {
	return func(yield func(int) bool) {
		a, b := 0, 1
		for {
			if !yield(a) {
				return
			}
			a, b = b, a+b
		}
	}
}

func Pairs(yield func(string, int) bool) {
	_ = yield("one", 1) && yield("two", 2) && yield("three", 3)
}

func Nothing(yield func() bool) {
	for i := 0; i < 3; i++ {
		if !yield() {
			return
		}
	}
}

func main() {
	for x := range Countdown(3) {
		fmt.Println("tick", x)
	}
	for x := range Countdown(10) {
		if x < 8 {
			break
		}
		fmt.Println("got", x)
	}
	for i, s := range Enumerate([]string{"a", "b", "c"}) {
		fmt.Println(i, s)
	}
	// infinite iterator stopped by break
	var fibs []int
	for f := range Fib() {
		if f > 100 {
			break
		}
		fibs = append(fibs, f)
	}
	fmt.Println(fibs)
	// function declared directly as an iterator
	for k, v := range Pairs {
		if v == 2 {
			continue
		}
		fmt.Println(k, v)
	}
	n := 0
	for range Nothing {
		n++
	}
	fmt.Println("zero-arg iterations:", n)
	// return from inside a range-over-func loop
	fmt.Println("first even fib > 10:", firstEvenAbove(10))
	// labeled continue across nested iterator loops
outer:
	for a := range Countdown(3) {
		for b := range Countdown(3) {
			if b == a {
				continue outer
			}
			fmt.Print(a, b, " ")
		}
	}
	fmt.Println()
	// defer inside the loop body runs when the enclosing function returns
	deferInLoop()
}

func firstEvenAbove(n int) int {
	for f := range Fib() {
		if f > n && f%2 == 0 {
			return f
		}
	}
	return -1
}

func deferInLoop() {
	defer fmt.Println("deferInLoop done")
	for x := range Countdown(2) {
		defer fmt.Println("deferred", x)
	}
	fmt.Println("loop finished")
}
