package main

import "fmt"

type Ring [5]int

func (r *Ring) Fill() {
	for i := range r {
		r[i] = i * i
	}
}

func (r *Ring) Head(n int) []int {
	return r[:n]
}

func main() {
	var r Ring
	r.Fill()
	fmt.Println(r.Head(3), r[3:])
	p := &r
	fmt.Println(p[1:4], len(p))
	fmt.Println(r.Head(5))
	fmt.Println(r.Head(7))
}
