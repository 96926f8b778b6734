package main

import (
	"fmt"

)

type Pt struct{ X int }

func (p *Pt) String() string { return "P" + string(rune(48+p.X)) }

type V struct{ n int }

func (v V) String() string { return fmt.Sprintf("V%d", v.n) }

type Holder struct {
	Items []fmt.Stringer
	Ptr   *Pt
	Val   V
	hid   V
}

type Animal interface{ Sound() string }
type Dog struct{ name string }

func (d Dog) Sound() string { return d.name + " woof" }

type Loud struct{ Animal }

func main() {
	ps := []*Pt{{1}, {2}}
	fmt.Println(ps)
	fmt.Printf("%v %s\n", ps, ps)
	h := Holder{[]fmt.Stringer{V{1}, &Pt{3}}, &Pt{4}, V{5}, V{6}}
	fmt.Println(h)
	fmt.Printf("%+v\n", h)
	vs := []V{{1}, {2}}
	fmt.Println(vs, len(vs))
	fmt.Printf("%d\n", V{3})
	var a Animal = Loud{Dog{"rex"}}
	fmt.Println(a.Sound())
	l := Loud{}
	var a2 Animal = l
	fmt.Println(a2 != nil)
	arr := [2]fmt.Stringer{V{7}, nil}
	fmt.Println(arr)
	fmt.Printf("%T %T\n", arr, a)
	var x any = V{8}
	switch y := x.(type) {
	case fmt.Stringer:
		fmt.Println("stringer", y)
	}
	fmt.Println(fmt.Sprintf("%v|%s|%q", V{9}, V{9}, V{9}))
	fmt.Println(a2.Sound())
}
