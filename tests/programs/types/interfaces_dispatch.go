package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Triangle struct{ A, B, C float64 }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (c Circle) Area() float64    { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 {
	return 2 * math.Pi * c.R
}
func (t *Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}
func (t *Triangle) Perimeter() float64 { return t.A + t.B + t.C }

func (r Rect) String() string { return fmt.Sprintf("Rect %gx%g", r.W, r.H) }

func total(shapes ...Shape) (a float64) {
	for _, s := range shapes {
		a += s.Area()
	}
	return
}

func largest(shapes []Shape) Shape {
	var best Shape
	for _, s := range shapes {
		if best == nil || s.Area() > best.Area() {
			best = s
		}
	}
	return best
}

func main() {
	shapes := []Shape{Rect{3, 4}, Circle{1}, &Triangle{3, 4, 5}, Rect{1, 1}}
	for _, s := range shapes {
		fmt.Printf("%-22v area=%7.3f perim=%7.3f\n", s, s.Area(), s.Perimeter())
	}
	fmt.Printf("total %.3f\n", total(shapes...))
	fmt.Println("largest:", largest(shapes))
	fmt.Println(largest(nil) == nil)
	// reassigning an interface changes dynamic type
	var s Shape = Circle{2}
	fmt.Printf("%T %.2f\n", s, s.Area())
	s = Rect{2, 5}
	fmt.Printf("%T %.2f\n", s, s.Area())
	// interface values compare by dynamic type and value
	var a, b Shape = Rect{1, 2}, Rect{1, 2}
	fmt.Println(a == b, a == Shape(Circle{1}))
	// storing a value copies it
	r := Rect{1, 1}
	s = r
	r.W = 100
	fmt.Println(s.Area(), r.Area())
	// any holds anything
	things := []any{1, "two", 3.0, Rect{1, 2}, nil, []int{4}}
	for _, t := range things {
		fmt.Printf("%v(%T) ", t, t)
	}
	fmt.Println()
}
