package main

import (
	"errors"
	"fmt"
)

type T struct{ x int }

func (t T) M() string { return "T.M" }

type P struct{ s string }

func (p *P) M() string { return "P.M " + p.s }

type I interface{ M() string }
type J interface{ N() }

func classify(x any) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d", v+1)
	case string, []byte:
		return fmt.Sprintf("string-ish %v", v)
	case I:
		return "I " + v.M()
	case error:
		return "error " + v.Error()
	case func() int:
		return fmt.Sprint("func ", v())
	case struct{ a int }:
		return fmt.Sprint("anon ", v.a)
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	var x any = 42
	n, ok := x.(int)
	fmt.Println(n, ok)
	s, ok := x.(string)
	fmt.Printf("%q %v\n", s, ok)
	fmt.Println(x.(int) + 1)

	var i I = T{3}
	t, ok := i.(T)
	fmt.Println(t.x, ok)
	_, ok = i.(*P)
	fmt.Println(ok)
	var a any = i
	i2, ok := a.(I)
	fmt.Println(i2.M(), ok)
	_, ok = a.(J)
	fmt.Println(ok)
	var nilAny any
	_, ok = nilAny.(I)
	fmt.Println(ok)
	_, ok = nilAny.(int)
	fmt.Println(ok)

	for _, v := range []any{nil, 1, "s", []byte("b"), T{1}, &P{"p"}, P{"v"}, errors.New("e"), func() int { return 7 }, struct{ a int }{5}, 2.5, []int{1}} {
		fmt.Println(classify(v))
	}

	switch x.(type) {
	case string:
		fmt.Println("no")
	default:
		fmt.Println("default first")
	case float64:
		fmt.Println("no")
	}

	switch v := a.(type) {
	case I:
		fmt.Printf("%T %v\n", v, v.M())
	}

	var e error = errors.New("boom")
	if _, ok := e.(interface{ Unwrap() error }); !ok {
		fmt.Println("no unwrap")
	}
	for i := 0; i < 3; i++ {
		switch i {
		}
		switch v := any(i).(type) {
		case int:
			if v == 1 {
				break
			}
			fmt.Println("i", v)
		}
	}
}
