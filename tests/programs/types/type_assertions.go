package main

import (
	"fmt"
	"io"
	"strings"
)

type Stack struct{ items []int }

func (s *Stack) Push(v int) { s.items = append(s.items, v) }
func (s *Stack) Len() int   { return len(s.items) }

type Lener interface{ Len() int }
type Pusher interface{ Push(int) }

func main() {
	var v any = 42
	n, ok := v.(int)
	fmt.Println(n, ok)
	s, ok := v.(string)
	fmt.Printf("%q %v\n", s, ok)
	f, ok := v.(float64)
	fmt.Println(f, ok)
	// assertion to an interface type
	var x any = &Stack{}
	if p, ok := x.(Pusher); ok {
		p.Push(1)
		p.Push(2)
	}
	if l, ok := x.(Lener); ok {
		fmt.Println("len", l.Len())
	}
	_, ok = x.(fmt.Stringer)
	fmt.Println("stringer?", ok)
	// value vs pointer: Stack (not *Stack) lacks the methods
	var y any = Stack{}
	_, ok = y.(Lener)
	fmt.Println("Stack is Lener?", ok)
	// converting between interfaces
	var l Lener = &Stack{items: []int{1, 2, 3}}
	if p, ok := l.(Pusher); ok {
		p.Push(4)
	}
	fmt.Println(l.Len())
	st := l.(*Stack)
	fmt.Println(st.items)
	// assertion on nil interface fails with ok=false
	var none any
	_, ok = none.(int)
	fmt.Println(ok)
	// standard library interfaces
	var r io.Reader = strings.NewReader("hello")
	_, isWriter := r.(io.Writer)
	_, isByteReader := r.(io.ByteReader)
	fmt.Println(isWriter, isByteReader)
	// named type vs underlying type
	type MyInt int
	var mi any = MyInt(5)
	_, isInt := mi.(int)
	m2, isMy := mi.(MyInt)
	fmt.Println(isInt, isMy, m2)
	// recovered panic of a failed assertion
	func() {
		defer func() {
			fmt.Println("recovered:", recover())
		}()
		_ = v.(string)
	}()
	func() {
		defer func() {
			fmt.Println("recovered:", recover())
		}()
		_ = y.(Lener)
	}()
}
