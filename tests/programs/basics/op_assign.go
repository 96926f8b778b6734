package main

import "fmt"

type Vec struct{ X, Y int }

func main() {
	x := 10
	x += 5
	x -= 3
	x *= 4
	x /= 5
	x %= 7
	fmt.Println(x)
	y := 0b1010
	y &= 0b0110
	y |= 0b1000
	y ^= 0b0011
	y <<= 3
	y >>= 1
	y &^= 0b100
	fmt.Println(y)
	s := "ab"
	s += "cd"
	s += string('e')
	fmt.Println(s)
	f := 1.5
	f *= 4
	f -= 0.5
	f /= 2
	fmt.Println(f)
	// increment/decrement on fields, elements, map entries, pointers
	v := Vec{1, 2}
	v.X++
	v.Y--
	arr := []int{5, 6}
	arr[1]++
	m := map[string]int{}
	m["n"]++
	m["n"] += 10
	p := &v
	p.X += 100
	(*p).Y *= 3
	fmt.Println(v, arr, m)
	// index expression evaluated once in op-assign
	calls := 0
	idx := func() int { calls++; return 0 }
	arr[idx()] += 7
	fmt.Println(arr, calls)
	// parallel assignment swaps
	a, b, c := 1, 2, 3
	a, b, c = c, a, b
	fmt.Println(a, b, c)
	xs := []int{1, 2, 3}
	i := 0
	i, xs[i] = 1, 9 // index evaluated before assignment
	fmt.Println(i, xs)
	// op-assign with conversion
	var u8 uint8 = 200
	u8 += 100
	var i16 int16 = 1000
	i16 *= 40
	fmt.Println(u8, i16)
	// chained assignment through pointers
	q := &arr[0]
	*q -= 20
	fmt.Println(arr)
}
