package main

import (
	"fmt"
	"sort"
	"strings"
)

type BinOp func(int, int) int
type Pred[T any] func(T) bool

func compose[A, B, C any](f func(A) B, g func(B) C) func(A) C {
	return func(a A) C { return g(f(a)) }
}

func curry(f func(int, int) int) func(int) func(int) int {
	return func(a int) func(int) int {
		return func(b int) int { return f(a, b) }
	}
}

func not[T any](p Pred[T]) Pred[T] { return func(v T) bool { return !p(v) } }

func repeat(n int, f func(int)) {
	for i := 0; i < n; i++ {
		f(i)
	}
}

func memoize(f func(int) int) (func(int) int, *int) {
	cache := map[int]int{}
	misses := 0
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		misses++
		v := f(n)
		cache[n] = v
		return v
	}, &misses
}

func main() {
	ops := map[string]BinOp{
		"+": func(a, b int) int { return a + b },
		"-": func(a, b int) int { return a - b },
		"*": func(a, b int) int { return a * b },
	}
	names := make([]string, 0, len(ops))
	for k := range ops {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("7 %s 3 = %d\n", n, ops[n](7, 3))
	}
	inc := func(x int) int { return x + 1 }
	toStr := func(x int) string { return strings.Repeat("#", x) }
	incThenStr := compose(inc, toStr)
	fmt.Println(incThenStr(3))
	add := curry(ops["+"])
	add5 := add(5)
	fmt.Println(add5(10), add(1)(1))
	isEven := Pred[int](func(n int) bool { return n%2 == 0 })
	isOdd := not(isEven)
	fmt.Println(isEven(4), isOdd(4), isOdd(7))
	var sq []int
	repeat(5, func(i int) { sq = append(sq, i*i) })
	fmt.Println(sq)
	slowSquare := func(n int) int { return n * n }
	fast, misses := memoize(slowSquare)
	for _, n := range []int{2, 3, 2, 2, 4, 3} {
		fast(n)
	}
	fmt.Println("misses:", *misses)
	// nil function values
	var f func()
	fmt.Println(f == nil)
	f = func() {}
	fmt.Println(f != nil)
	// functions returning multiple funcs in a slice
	pipeline := []func(string) string{strings.TrimSpace, strings.ToUpper, func(s string) string { return s + "!" }}
	s := "  hello  "
	for _, step := range pipeline {
		s = step(s)
	}
	fmt.Println(s)
	fmt.Printf("%T\n", compose[int, int, string])
	// sort with a comparator function
	words := []string{"banana", "kiwi", "apple", "fig"}
	sort.Slice(words, func(i, j int) bool {
		return len(words[i]) < len(words[j]) || len(words[i]) == len(words[j]) && words[i] < words[j]
	})
	fmt.Println(words)
}
