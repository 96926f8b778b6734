package main

import "fmt"

func factorial(n uint64) uint64 {
	if n <= 1 {
		return 1
	}
	return n * factorial(n-1)
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func hanoi(n int, from, to, via string, moves *[]string) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves = append(*moves, from+"->"+to)
	hanoi(n-1, via, to, from, moves)
}

func ackermann(m, n int) int {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

func power(base, exp int) int {
	if exp == 0 {
		return 1
	}
	half := power(base, exp/2)
	if exp%2 == 0 {
		return half * half
	}
	return half * half * base
}

func sumDigits(n int) int {
	if n < 10 {
		return n
	}
	return n%10 + sumDigits(n/10)
}

func reverse(s string) string {
	if len(s) <= 1 {
		return s
	}
	return reverse(s[1:]) + s[:1]
}

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return 1 + depth(n-1)
}

func flatten(v any) []int {
	switch x := v.(type) {
	case int:
		return []int{x}
	case []any:
		var out []int
		for _, e := range x {
			out = append(out, flatten(e)...)
		}
		return out
	}
	return nil
}

func main() {
	for _, n := range []uint64{0, 1, 5, 10, 20} {
		fmt.Print(factorial(n), " ")
	}
	fmt.Println()
	fmt.Println(fib(10), fib(20), fib(25))
	var moves []string
	hanoi(3, "A", "C", "B", &moves)
	fmt.Println(len(moves), moves)
	moves = nil
	hanoi(10, "A", "C", "B", &moves)
	fmt.Println(len(moves), moves[511])
	fmt.Println(ackermann(2, 3), ackermann(3, 3))
	fmt.Println(power(2, 10), power(3, 13), power(7, 0))
	fmt.Println(sumDigits(987654321), reverse("stressed"))
	fmt.Println(depth(100000))
	fmt.Println(flatten([]any{1, []any{2, 3, []any{4}}, []any{}, 5}))
}
