package main

import "fmt"

type Point struct{ X, Y int }

type Named struct {
	Name string
	Pt   Point
}

func (n *Named) Rename(s string) { n.Name = s }

type Str struct{ V string }

func (s *Str) String() string { return "Str:" + s.V }

func main() {
	p := &Point{1, 2}
	fmt.Println(p)
	fmt.Printf("%v %+v %#v\n", p, p, p)
	fmt.Printf("%d %x\n", p, &Point{255, 16})
	n := &Named{"n", Point{3, 4}}
	fmt.Printf("%v %+v\n", n, n)
	n.Rename("renamed")
	fmt.Println(n)
	// pointer to slice, array, map at top level
	s := []int{1, 2}
	a := [2]string{"x", "y"}
	m := map[string]int{"k": 1}
	fmt.Println(&s, &a, &m)
	fmt.Printf("%v %+v %#v\n", &s, &a, &m)
	// pointer with String method
	st := &Str{"hello"}
	fmt.Println(st, *st)
	fmt.Printf("%v %s %+v\n", st, st, st)
	// pointer to anonymous struct
	anon := &struct {
		A int
		B []string
	}{1, []string{"q"}}
	fmt.Printf("%v %+v\n", anon, anon)
	// nil pointers
	var np *Point
	fmt.Println(np)
	fmt.Printf("%v %+v %#v\n", np, np, np)
	// dereferencing prints the value
	fmt.Println(*p, *n)
	// pointer to pointer and pointer to int print addresses; compare instead
	x := 5
	px := &x
	ppx := &px
	fmt.Println(**ppx, *px == x, px == *ppx)
	// new(T)
	fmt.Println(new(Point), new([]int), new(map[int]int))
}
