package main

import "fmt"

type T struct{ n int }

func (t T) M() int { return t.n }

type I interface{ M() int }

func main() {
	var p *T
	var i I = p
	fmt.Println("before", i != nil)
	fmt.Println(i.M())
}
