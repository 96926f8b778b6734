package main

import "fmt"

type Point struct {
	X, Y int
}

type Inner struct {
	A string
	B []int
}

type Outer struct {
	Name  string
	In    Inner
	Ptr   *Inner
	M     map[string]int
	Any   any
	F     float64
	flag  bool
	Bytes []byte
}

type Empty struct{}

func main() {
	p := Point{1, -2}
	fmt.Printf("%v | %+v | %#v | %T\n", p, p, p, p)
	o := Outer{
		Name:  "outer",
		In:    Inner{"in", []int{1, 2}},
		Ptr:   nil, // a non-nil nested pointer would print as an address
		M:     map[string]int{"z": 26, "a": 1},
		Any:   p,
		F:     2.5,
		flag:  true,
		Bytes: []byte("hi"),
	}
	fmt.Printf("%v\n", o)
	fmt.Printf("%+v\n", o)
	fmt.Printf("%#v\n", o.In)
	fmt.Printf("%#v\n", o.M)
	fmt.Printf("%#v\n", o.Any)
	fmt.Printf("%#v %#v\n", Empty{}, []Empty{{}, {}})
	var zero Outer
	fmt.Printf("%v\n", zero)
	fmt.Printf("%+v\n", zero)
	// pointer to struct prints with &
	fmt.Printf("%v %+v\n", &p, &p)
	fmt.Printf("%#v\n", &p)
	// nested pointer inside struct prints as an address, so only check nil
	type Node struct {
		Val  int
		Next *Node
	}
	fmt.Printf("%v %+v\n", Node{1, nil}, Node{2, nil})
	// slices of structs and pointers to structs
	fmt.Printf("%v\n", []Point{{1, 2}, {3, 4}})
	pp := []*Point{{5, 6}}
	fmt.Printf("%+v %v\n", *pp[0], len(pp))
	fmt.Printf("%#v\n", []Point{{7, 8}})
	// arrays of structs
	fmt.Printf("%v %#v\n", [2]Point{}, [1]Point{{9, 9}})
	// anonymous struct
	anon := struct {
		ID   int
		Tags []string
	}{7, []string{"x"}}
	fmt.Printf("%v %+v %#v\n", anon, anon, anon)
	// verbs applied to each field
	fmt.Printf("%d %x %5v|\n", p, Point{255, 16}, p)
	fmt.Printf("%s\n", p)
	fmt.Printf("%q\n", Inner{"quoted", nil})
}
