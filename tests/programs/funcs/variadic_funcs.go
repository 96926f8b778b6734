package main

import (
	"fmt"
	"strings"
)

func sum(nums ...int) int {
	total := 0
	for _, n := range nums {
		total += n
	}
	return total
}

func join(sep string, parts ...string) string {
	return strings.Join(parts, sep)
}

func describe(prefix string, vals ...any) string {
	return fmt.Sprintf("%s(%d): %v", prefix, len(vals), vals)
}

func modifyFirst(xs ...int) {
	if len(xs) > 0 {
		xs[0] = -1
	}
}

func isNil(xs ...int) bool { return xs == nil }

func maxOf(first int, rest ...int) int {
	m := first
	for _, r := range rest {
		if r > m {
			m = r
		}
	}
	return m
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	nums := []int{4, 5, 6}
	fmt.Println(sum(nums...))
	fmt.Println(join("-", "a", "b", "c"), join(","), join("/", []string{"usr", "bin"}...))
	fmt.Println(describe("none"), describe("mixed", 1, "x", nil, 2.5))
	anys := []any{"p", "q"}
	fmt.Println(describe("spread", anys...))
	fmt.Println(describe("one slice", anys)) // the slice is a single argument
	// spreading a slice shares its backing array
	modifyFirst(nums...)
	fmt.Println(nums)
	modifyFirst(7, 8)
	// no arguments gives a nil slice
	fmt.Println(isNil(), isNil([]int{}...), isNil(nil...))
	fmt.Println(maxOf(3), maxOf(3, 9, 2), maxOf(-1, []int{-5, -2}...))
	// variadic function values
	f := sum
	fmt.Printf("%T %d\n", f, f(10, 20))
	apply := func(fn func(...int) int, xs ...int) int { return fn(xs...) }
	fmt.Println(apply(sum, 1, 1, 1))
	// append is variadic too
	a := append([]int{1}, 2, 3)
	a = append(a, a...)
	fmt.Println(a)
	// fmt functions are variadic over any
	args := []any{"x=", 1, " y=", 2}
	fmt.Print(args...)
	fmt.Println()
	fmt.Println(fmt.Sprint(args...), fmt.Sprintln(args...) == "x= 1  y= 2\n")
}
