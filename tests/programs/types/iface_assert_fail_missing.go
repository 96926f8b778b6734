package main

import "fmt"

type T struct{}

func (T) A() {}

type I interface {
	A()
	B()
}

func main() {
	var x any = T{}
	fmt.Println("before")
	i := x.(I)
	i.A()
}
