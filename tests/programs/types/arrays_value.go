package main

import "fmt"

func double(a [4]int) [4]int {
	for i := range a {
		a[i] *= 2
	}
	return a
}

func doublePtr(a *[4]int) {
	for i := range a {
		a[i] *= 2
	}
}

func main() {
	a := [4]int{1, 2, 3, 4}
	b := a
	b[0] = 100
	fmt.Println(a, b)
	d := double(a)
	fmt.Println(a, d)
	doublePtr(&a)
	fmt.Println(a)

	// [...] infers the length; indexed literals
	c := [...]string{"x", "y", "z"}
	e := [...]int{5: 1, 2, 0: 7}
	fmt.Println(len(c), c, len(e), e)
	// comparison
	fmt.Println([3]int{1, 2, 3} == [3]int{1, 2, 3}, [2]string{"a"} == [2]string{"a", ""})
	// arrays as map keys
	seen := map[[2]int]string{}
	seen[[2]int{1, 2}] = "one-two"
	seen[[2]int{2, 1}] = "two-one"
	fmt.Println(seen[[2]int{1, 2}], len(seen), seen)
	// 2D array
	var grid [3][3]int
	for i := range 3 {
		for j := range 3 {
			grid[i][j] = i*3 + j
		}
	}
	row := grid[1]
	row[0] = -1
	fmt.Println(grid, row)
	// transpose
	var t [3][3]int
	for i, r := range grid {
		for j, v := range r {
			t[j][i] = v
		}
	}
	fmt.Println(t)
	// slicing an array shares storage
	s := a[1:3]
	s[0] = 0
	fmt.Println(a, s, len(s), cap(s))
	// array of arrays literal with elided types
	pts := [...][2]float64{{0, 0}, {1.5, 2}, {3, -1}}
	fmt.Println(pts, len(pts))
	// array pointer indexing and len
	pa := &pts
	pa[1][0] = 9
	fmt.Println(len(pa), pts[1])
	// arrays of zero length
	var z [0]int
	fmt.Println(len(z), z)
	// converting slice to array (Go 1.20)
	sl := []int{7, 8, 9, 10}
	arr := [3]int(sl)
	arr[0] = 0
	ap := (*[2]int)(sl)
	ap[1] = 88
	fmt.Println(sl, arr, *ap)
}
