package main

import "fmt"

func main() {
	// capacities grow by Go's growth formula
	var s []int
	prevCap := -1
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if cap(s) != prevCap {
			fmt.Print(cap(s), " ")
			prevCap = cap(s)
		}
	}
	fmt.Println()
	// for bytes the size classes differ
	var b []byte
	prevCap = -1
	for i := 0; i < 300; i++ {
		b = append(b, byte(i))
		if cap(b) != prevCap {
			fmt.Print(cap(b), " ")
			prevCap = cap(b)
		}
	}
	fmt.Println()
	// strings
	var ss []string
	prevCap = -1
	for i := 0; i < 100; i++ {
		ss = append(ss, "x")
		if cap(ss) != prevCap {
			fmt.Print(cap(ss), " ")
			prevCap = cap(ss)
		}
	}
	fmt.Println()
	// appending many at once
	x := []int{1, 2, 3}
	x = append(x, 4, 5, 6, 7)
	fmt.Println(len(x), cap(x))
	y := append([]int(nil), make([]int, 11)...)
	fmt.Println(len(y), cap(y))
	// appending within capacity reuses the array
	base := make([]int, 3, 10)
	a1 := append(base, 1)
	a2 := append(base, 2)
	fmt.Println(a1[3], a2[3], len(base), cap(a1))
	// appending beyond capacity copies
	full := []int{1, 2, 3}
	g1 := append(full, 4)
	g1[0] = 100
	fmt.Println(full, g1, cap(full), cap(g1))
	// make with len and cap
	m := make([]int, 0, 5)
	for i := range 7 {
		m = append(m, i)
		fmt.Print(len(m), "/", cap(m), " ")
	}
	fmt.Println()
	// append to a nil slice
	var n []string
	n = append(n)
	fmt.Println(n == nil, len(n))
	n = append(n, "first")
	fmt.Println(n, len(n), cap(n))
	// appending a string to []byte
	bs := append([]byte("hello "), "world"...)
	fmt.Println(string(bs), len(bs), cap(bs))
	// struct elements
	type P struct{ A, B, C int64 }
	var ps []P
	prevCap = -1
	for i := 0; i < 50; i++ {
		ps = append(ps, P{})
		if cap(ps) != prevCap {
			fmt.Print(cap(ps), " ")
			prevCap = cap(ps)
		}
	}
	fmt.Println()
}
