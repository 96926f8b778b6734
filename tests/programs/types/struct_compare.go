package main

import "fmt"

type Point struct{ X, Y int }
type Line struct{ A, B Point }
type Named struct {
	Name string
	P    *Point
}
type WithArr struct {
	Vals [3]float64
	Flag bool
}

func main() {
	p1 := Point{1, 2}
	p2 := Point{1, 2}
	p3 := Point{Y: 2}
	fmt.Println(p1 == p2, p1 == p3, p1 != p3)
	l1 := Line{p1, Point{3, 4}}
	l2 := Line{A: Point{1, 2}, B: Point{3, 4}}
	fmt.Println(l1 == l2)
	l2.B.Y++
	fmt.Println(l1 == l2)
	// pointer fields compare by address
	shared := &Point{5, 5}
	n1 := Named{"a", shared}
	n2 := Named{"a", shared}
	n3 := Named{"a", &Point{5, 5}}
	fmt.Println(n1 == n2, n1 == n3, *n1.P == *n3.P)
	// arrays inside structs
	w1 := WithArr{[3]float64{1, 2, 3}, true}
	w2 := w1
	fmt.Println(w1 == w2)
	w2.Vals[2] = 3.0000001
	fmt.Println(w1 == w2)
	// structs as map keys
	visits := map[Point]int{}
	path := []Point{{0, 0}, {0, 1}, {1, 1}, {0, 1}, {0, 0}, {0, 1}}
	for _, p := range path {
		visits[p]++
	}
	fmt.Println(visits)
	fmt.Println(visits[Point{0, 1}], visits[Point{9, 9}])
	// anonymous struct compare with named struct of same shape
	anon := struct{ X, Y int }{1, 2}
	fmt.Println(anon == p1, Point(anon) == p1)
	// interface holding structs compares dynamically
	var i1, i2 interface{} = p1, p2
	fmt.Println(i1 == i2)
	i2 = Line{}
	fmt.Println(i1 == i2)
	// comparing zero values
	var z Point
	fmt.Println(z == Point{}, z == Point{0, 0})
	// NaN field makes a struct unequal to itself
	type F struct{ V float64 }
	nan := 0.0
	nan = nan / nan
	f := F{nan}
	fmt.Println(f == f)
	// empty struct
	type E struct{}
	fmt.Println(E{} == E{})
}
