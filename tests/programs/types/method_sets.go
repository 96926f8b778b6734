package main

import "fmt"

type Incrementer interface{ Inc() }
type Getter interface{ Get() int }

type Val struct{ n int }

func (v Val) Get() int { return v.n }
func (v *Val) Inc()    { v.n++ }

type Wrapper struct {
	*Val // embedding a pointer promotes both method sets
}

type ValueWrapper struct {
	Val // embedding a value: only addressable wrappers get Inc
}

func main() {
	v := Val{1}
	var g Getter = v // value has Get
	var g2 Getter = &v
	var inc Incrementer = &v // only *Val has Inc
	inc.Inc()
	inc.Inc()
	fmt.Println(v.n, g.Get(), g2.Get())

	// checking method sets dynamically
	check := func(name string, x any) {
		_, isG := x.(Getter)
		_, isI := x.(Incrementer)
		fmt.Printf("%-14s Getter=%v Incrementer=%v\n", name, isG, isI)
	}
	check("Val", v)
	check("*Val", &v)
	check("Wrapper", Wrapper{&v})
	check("*Wrapper", &Wrapper{&v})
	check("ValueWrapper", ValueWrapper{v})
	check("*ValueWrapper", &ValueWrapper{v})

	w := Wrapper{&v}
	w.Inc()
	fmt.Println(v.n, w.Get())
	vw := ValueWrapper{v}
	vw.Inc() // addressable variable: fine
	fmt.Println(vw.n, v.n)

	// slice of interfaces holding pointers share state
	vals := []*Val{{10}, {20}}
	var incs []Incrementer
	for _, p := range vals {
		incs = append(incs, p)
	}
	for _, i := range incs {
		i.Inc()
	}
	fmt.Println(*vals[0], *vals[1])
	// interface holding a value copies it
	orig := Val{5}
	var gg Getter = orig
	orig.n = 50
	fmt.Println(gg.Get(), orig.Get())
}
