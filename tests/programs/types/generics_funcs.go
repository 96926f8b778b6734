package main

import (
	"fmt"
	"strconv"
	"strings"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Keys[K comparable, V any](m map[K]V) int { return len(m) }

func Zip[A, B any](as []A, bs []B) []struct {
	First  A
	Second B
} {
	n := min(len(as), len(bs))
	out := make([]struct {
		First  A
		Second B
	}, n)
	for i := range n {
		out[i].First, out[i].Second = as[i], bs[i]
	}
	return out
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	g := map[K][]T{}
	for _, x := range xs {
		k := key(x)
		g[k] = append(g[k], x)
	}
	return g
}

func Ptr[T any](v T) *T { return &v }

func main() {
	nums := []int{1, 2, 3, 4, 5, 6}
	sq := Map(nums, func(n int) int { return n * n })
	strs := Map(nums, strconv.Itoa)
	fmt.Println(sq, strs, strings.Join(strs, ""))
	evens := Filter(nums, func(n int) bool { return n%2 == 0 })
	fmt.Println(evens)
	sum := Reduce(nums, 0, func(a, n int) int { return a + n })
	csv := Reduce(nums, "", func(a string, n int) string {
		if a != "" {
			a += ","
		}
		return a + strconv.Itoa(n)
	})
	fmt.Println(sum, csv)
	// explicit instantiation
	lens := Map[string, int]([]string{"go", "gopher"}, func(s string) int { return len(s) })
	fmt.Println(lens)
	f := Filter[string]
	fmt.Println(f([]string{"a", "", "b"}, func(s string) bool { return s != "" }))
	fmt.Println(Keys(map[string]bool{"x": true, "y": false}))
	fmt.Printf("%+v\n", Zip([]string{"a", "b", "c"}, []float64{1.5, 2.5}))
	words := []string{"apple", "avocado", "banana", "blueberry", "cherry"}
	g := GroupBy(words, func(s string) byte { return s[0] })
	fmt.Println(len(g), g['a'], g['b'], g['c'])
	p := Ptr(42)
	ps := Ptr("str")
	*p++
	fmt.Println(*p, *ps)
	fmt.Printf("%T %T\n", p, ps)
	// chained generic calls
	total := Reduce(Map(Filter(nums, func(n int) bool { return n > 2 }), func(n int) float64 { return float64(n) / 2 }), 0.0, func(a, b float64) float64 { return a + b })
	fmt.Println(total)
}
