package main

import (
	"errors"
	"fmt"
)

type T struct{ A int }

func (t *T) String() string {
	if t == nil {
		return "T(nil)"
	}
	return fmt.Sprintf("T(%d)", t.A)
}

type U struct{ B int }

func main() {
	var p *int
	var s []int
	var m map[string]int
	var f func()
	var i any
	var e error
	var ch chan int
	fmt.Println(p, s, m, i, e, f == nil, ch)
	fmt.Printf("%v %v %v %v %v\n", p, s, m, i, e)
	fmt.Printf("%+v %+v %+v %+v %+v\n", p, s, m, i, e)
	fmt.Printf("%#v %#v %#v %#v %#v\n", p, s, m, i, e)
	fmt.Printf("%T %T %T %T %T %T\n", p, s, m, i, e, f)
	fmt.Printf("%d %s %q %x\n", nil, nil, nil, nil)
	fmt.Printf("%s %d\n", s, m)
	// nil pointer with a String method on pointer receiver
	var t *T
	fmt.Println(t)
	fmt.Printf("%v %s %+v\n", t, t, t)
	fmt.Printf("%d\n", t)
	// nil pointer to a struct without methods
	var u *U
	fmt.Println(u)
	fmt.Printf("%v %+v %#v\n", u, u, u)
	// nil inside collections
	fmt.Println([]*T{nil, {5}}, []any{nil, 1}, map[string]*U{"x": nil})
	fmt.Println([]error{nil, errors.New("e")})
	// Sprint and Sprintln of nil
	fmt.Printf("%q %q\n", fmt.Sprint(nil), fmt.Sprintln(nil, nil))
	fmt.Printf("%q\n", fmt.Sprint(nil, "a", nil))
	// nil func in a struct
	type H struct {
		Name string
		Fn   func()
	}
	fmt.Printf("%v %+v\n", H{"h", nil}, H{"h", nil})
}
