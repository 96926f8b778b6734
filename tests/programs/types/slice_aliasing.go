package main

import "fmt"

func modify(s []int) {
	s[0] = 999
}

func grow(s []int) []int {
	s = append(s, 4)
	s[0] = -1
	return s
}

func main() {
	orig := []int{1, 2, 3, 4, 5}
	sub := orig[1:3]
	sub[0] = 20
	fmt.Println(orig, sub, len(sub), cap(sub))
	// appending to sub overwrites orig[3] because capacity allows it
	sub = append(sub, 40)
	fmt.Println(orig, sub)
	modify(orig[2:])
	fmt.Println(orig)

	// grow: within capacity the caller's array is changed
	a := make([]int, 3, 4)
	b := grow(a)
	fmt.Println(a, b)
	// beyond capacity it is not
	c := []int{1, 2, 3}
	d := grow(c)
	fmt.Println(c, d)

	// two slices sharing, then one reallocates
	x := make([]int, 2, 2)
	y := x[:]
	x = append(x, 1)
	x[0] = 7
	fmt.Println(x, y)

	// reslicing extends up to cap
	r := orig[:2]
	fmt.Println(r, len(r), cap(r))
	r = r[:cap(r)]
	fmt.Println(r)
	r = orig[4:]
	fmt.Println(r, cap(r))
	r = r[:0]
	fmt.Println(r, len(r), cap(r))

	// in-place filtering reuses the backing array
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8}
	evens := nums[:0]
	for _, n := range nums {
		if n%2 == 0 {
			evens = append(evens, n)
		}
	}
	fmt.Println(evens, nums)

	// slices of slices share rows
	matrix := make([][]int, 3)
	row := []int{0, 0, 0}
	for i := range matrix {
		matrix[i] = row
	}
	matrix[0][0] = 5
	fmt.Println(matrix)
	for i := range matrix {
		matrix[i] = make([]int, 3)
	}
	matrix[0][0] = 5
	fmt.Println(matrix)
	// copying a slice header shares, copy() duplicates
	src := []string{"a", "b"}
	alias := src
	dup := make([]string, len(src))
	copy(dup, src)
	src[0] = "Z"
	fmt.Println(alias, dup)
}
