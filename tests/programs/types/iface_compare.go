package main

import "fmt"

var zero float64

func mkNaN() float64 { return zero / zero }

type Pt struct {
	X, Y int
	Name string
}

type Nested struct {
	P   Pt
	F   float64
	A   [2]string
	Any any
}

type K int

type Eq interface{ Key() int }

func (k K) Key() int { return int(k) }

func main() {
	var a, b any = 1, 1
	fmt.Println(a == b, a != b)
	b = 2
	fmt.Println(a == b)
	b = int64(1)
	fmt.Println(a == b)
	a, b = "x", "x"
	fmt.Println(a == b)
	a, b = nil, nil
	fmt.Println(a == b, a == nil)
	a = 0
	fmt.Println(a == nil, a == 0, a != 0, 0 == a)
	a = Pt{1, 2, "p"}
	fmt.Println(a == Pt{1, 2, "p"}, a == Pt{1, 2, "q"})
	var nan any = mkNaN()
	fmt.Println(nan == nan)
	p1, p2 := Pt{1, 2, "a"}, Pt{1, 2, "a"}
	fmt.Println(p1 == p2, p1 != p2)
	p2.Name = "b"
	fmt.Println(p1 == p2, p1 != p2)
	n1 := Nested{Pt{1, 1, "x"}, 1.5, [2]string{"a", "b"}, 3}
	n2 := n1
	fmt.Println(n1 == n2)
	n2.Any = "3"
	fmt.Println(n1 == n2)
	n2.Any = 3
	n2.F = mkNaN()
	n1.F = mkNaN()
	fmt.Println(n1 == n2)
	arr1 := [3]int{1, 2, 3}
	arr2 := [3]int{1, 2, 3}
	fmt.Println(arr1 == arr2)
	arr2[2] = 4
	fmt.Println(arr1 == arr2, arr1 != arr2)
	fa := [2]float64{0, 1}
	fb := [2]float64{-zero, 1}
	fmt.Println(fa == fb)

	x := &Pt{}
	y := x
	z := &Pt{}
	var px, py any = x, y
	fmt.Println(px == py, px == any(z), x == y, x == z)
	var nilp *Pt
	var ip any = nilp
	fmt.Println(ip == nil, nilp == nil)

	var e1 Eq = K(3)
	var e2 Eq = K(3)
	fmt.Println(e1 == e2, e1 == K(3), K(4) == e2)
	var anyE any = e1
	fmt.Println(anyE == e1)

	var f func()
	var m map[string]int
	var s []int
	var ch chan int
	fmt.Println(f == nil, m == nil, s == nil, ch == nil)
	type S struct {
		a any
		b [2]any
	}
	s1 := S{1, [2]any{"a", 2.5}}
	s2 := S{1, [2]any{"a", 2.5}}
	fmt.Println(s1 == s2)
}
