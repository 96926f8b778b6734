package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "<nil MyErr>"
	}
	return e.msg
}

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{"failed"}
	}
	return p // non-nil interface even when p is nil!
}

func mayFailCorrect(fail bool) error {
	if fail {
		return &MyErr{"failed"}
	}
	return nil
}

type Animal interface{ Sound() string }
type Dog struct{ name string }

func (d *Dog) Sound() string {
	if d == nil {
		return "silence"
	}
	return d.name + " woofs"
}

func main() {
	e1 := mayFail(false)
	e2 := mayFailCorrect(false)
	fmt.Println(e1 == nil, e2 == nil)
	fmt.Printf("%T %T\n", e1, e2)
	fmt.Println(e1.Error())
	fmt.Println(e1)
	fmt.Println(mayFail(true), mayFailCorrect(true))

	var a Animal
	fmt.Println(a == nil)
	var d *Dog
	a = d
	fmt.Println(a == nil, a.Sound())
	a = &Dog{"rex"}
	fmt.Println(a.Sound())

	// comparing an interface to a typed nil
	var e3 error = (*MyErr)(nil)
	fmt.Println(e3 == (*MyErr)(nil), e3 != nil)

	// errors.As finds the typed nil
	var target *MyErr
	fmt.Println(errors.As(e1, &target), target == nil)

	// any(nil) vs any of nil slice/map/func
	var s []int
	var m map[string]int
	var f func()
	vals := []any{nil, s, m, f, (*int)(nil)}
	for i, v := range vals {
		fmt.Println(i, v == nil, v)
	}
	// type switch on nil interface
	var x any
	switch x.(type) {
	case nil:
		fmt.Println("x is nil")
	default:
		fmt.Println("not nil")
	}
	x = (*Dog)(nil)
	switch v := x.(type) {
	case nil:
		fmt.Println("nil case")
	case *Dog:
		fmt.Println("*Dog case, v==nil:", v == nil)
	}
}
