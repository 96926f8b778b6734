package main

import "fmt"

type Point struct{ X, Y int }

func swap(a, b *int) { *a, *b = *b, *a }

func newCounter() *int {
	c := 0 // escapes to the heap
	return &c
}

func scale(p *Point, k int) {
	p.X *= k // automatic dereference
	(*p).Y *= k
}

func main() {
	x, y := 1, 2
	swap(&x, &y)
	fmt.Println(x, y)
	p := &x
	*p = 10
	fmt.Println(x, *p, p == &x)
	pp := &p
	**pp = 20
	fmt.Println(x)

	c1 := newCounter()
	c2 := newCounter()
	*c1 += 5
	fmt.Println(*c1, *c2, c1 == c2)

	// pointers to struct fields and array/slice elements
	pt := Point{1, 2}
	px := &pt.X
	*px = 100
	scale(&pt, 2)
	fmt.Println(pt)
	arr := [3]int{1, 2, 3}
	pe := &arr[1]
	*pe = 50
	fmt.Println(arr)
	sl := []int{1, 2, 3}
	ps := &sl[0]
	sl = append(sl, 4) // reallocation: ps points to the old array
	*ps = 99
	fmt.Println(sl[0], *ps)

	// new
	np := new(Point)
	np.Y = 7
	fmt.Println(*np, np.X)
	ni := new(int)
	fmt.Println(*ni)
	*ni++
	fmt.Println(*ni)

	// pointer to composite literal
	cp := &Point{3, 4}
	cp2 := cp
	cp2.X = 30
	fmt.Println(*cp, cp == cp2, *cp == Point{30, 4})

	// nil pointers compare equal
	var n1, n2 *Point
	fmt.Println(n1 == n2, n1 == nil)

	// pointer to loop variable (per-iteration in Go 1.22)
	var ptrs []*int
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
	}
	for _, q := range ptrs {
		fmt.Print(*q, " ")
	}
	fmt.Println()
	// pointer to array allows indexing and range
	ap := &[3]string{"a", "b", "c"}
	for i, s := range ap {
		ap[i] = s + s
	}
	fmt.Println(*ap, len(ap))
}
