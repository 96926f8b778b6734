package main

import "fmt"

type Level int

type Point struct{ X, Y int }

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %v (%T)\n", name, r, r)
	}()
	f()
}

// tryType prints only the dynamic type of what recover returned.
func tryType(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %T %v\n", name, r, r != nil)
	}()
	f()
}

func main() {
	try("string", func() { panic("text") })
	try("int", func() { panic(42) })
	try("named int", func() { panic(Level(3)) })
	try("float", func() { panic(2.5) })
	try("struct", func() { panic(Point{1, 2}) })
	try("no panic", func() {})
	tryType("nil", func() { panic(nil) })
	var s []int
	tryType("index", func() { _ = s[3] })
	n := 0
	tryType("divide", func() { fmt.Println(10 / n) })
	var p *Point
	tryType("nil deref", func() { fmt.Println(p.X) })
	tryType("slice", func() { i := 5; _ = s[1:i] })
	fmt.Println("done")
}
