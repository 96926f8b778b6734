package main

import "fmt"

type Point struct {
	X, Y int
	Tag  string
}

var (
	gi  int
	gs  string
	gb  bool
	gf  float64
	gp  *int
	gsl []int
	gm  map[string]int
	gfn func()
	gi8 int8
	gc  complex128
	ga  [3]bool
	gst Point
	gif interface{}
	gch chan int
	gr  rune
	gu  uintptr
)

func main() {
	fmt.Println(gi, gs == "", gb, gf, gp == nil, gsl == nil, gm == nil, gfn == nil)
	fmt.Println(gi8, gc, ga, gst, gif == nil, gch == nil, gr, gu)
	fmt.Printf("%q %v %+v %v\n", gs, gsl, gst, gm)
	// local var declarations
	var a, b, c = 1, "two", 3.0
	var (
		d          = a * 2
		e    int64 = 7
		f, g int
	)
	fmt.Println(a, b, c, d, e, f, g)
	fmt.Printf("%T %T %T %T %T\n", a, b, c, d, e)
	// short variable declarations with inference
	h, i, j := 'x', 1<<3, 2.0*3
	fmt.Printf("%T %T %T\n", h, i, j)
	// new gives a pointer to a zero value
	pp := new(Point)
	fmt.Println(*pp, pp.Tag == "")
	// make gives usable empty collections
	s := make([]int, 3)
	m := make(map[int]string)
	fmt.Println(s, len(m), m[5] == "")
	// zero value struct inside an array and a map
	arr := [2]Point{}
	mp := map[string]Point{}
	fmt.Println(arr, mp["missing"])
	// blank identifier discards values
	_, second := 1, 2
	var _ = "ignored"
	fmt.Println(second)
	// zero-value reset
	p := Point{1, 2, "t"}
	p = Point{}
	fmt.Println(p == Point{})
	// zero value comparisons
	var ip *Point
	var e2 error
	fmt.Println(ip == nil, e2 == nil, [0]int{} == [0]int{})
}
