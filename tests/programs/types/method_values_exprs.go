package main

import (
	"fmt"
	"strings"
)

type Point struct{ X, Y float64 }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p *Point) Scale(k float64)  { p.X *= k; p.Y *= k }
func (p Point) String() string    { return fmt.Sprintf("(%g,%g)", p.X, p.Y) }

type Greeter struct{ greeting string }

func (g Greeter) Greet(name string) string { return g.greeting + ", " + name }

func apply(f func(string) string, xs []string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func main() {
	p := Point{1, 2}
	// method value binds the receiver now (copied for value receivers)
	addToP := p.Add
	p.X = 100
	fmt.Println(addToP(Point{10, 10}), p)
	// pointer-receiver method value binds &p
	scaleP := p.Scale
	scaleP(2)
	fmt.Println(p)

	// method expressions take the receiver as first argument
	add := Point.Add
	fmt.Println(add(Point{1, 1}, Point{2, 3}))
	scale := (*Point).Scale
	scale(&p, 0.5)
	fmt.Println(p)
	str := Point.String
	fmt.Println(str(Point{7, 8}))
	// (*T).ValueMethod also works
	add2 := (*Point).Add
	fmt.Println(add2(&p, Point{1, 1}))

	fmt.Printf("%T\n", add)
	fmt.Printf("%T\n", scale)
	fmt.Printf("%T\n", addToP)

	// method values as callbacks
	g := Greeter{"Hello"}
	fmt.Println(apply(g.Greet, []string{"ann", "bob"}))
	fmt.Println(apply(strings.ToUpper, []string{"x", "y"}))
	hi := Greeter.Greet
	fmt.Println(hi(Greeter{"Hi"}, "cy"))

	// method value from interface
	var s fmt.Stringer = Point{3, 4}
	f := s.String
	s = Point{0, 0}
	fmt.Println(f(), s.String())
	// method expression on interface type
	ifn := fmt.Stringer.String
	fmt.Println(ifn(Point{5, 6}))

	// storing method values in a map
	ops := map[string]func(Point) Point{
		"add": Point{1, 1}.Add,
		"neg": func(q Point) Point { return Point{-q.X, -q.Y} },
	}
	fmt.Println(ops["add"](Point{2, 2}), ops["neg"](Point{2, 2}))
}
