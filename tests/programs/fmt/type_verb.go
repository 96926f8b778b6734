package main

import (
	"errors"
	"fmt"
)

type Celsius float64
type Pair[K comparable, V any] struct {
	K K
	V V
}
type Shape interface{ Area() float64 }
type myErr struct{}

func (myErr) Error() string { return "my error" }

type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

func main() {
	vals := []any{
		1, int8(1), uint(1), uintptr(1), 1.0, float32(1), 1i, complex64(1i),
		"s", 'r', byte('b'), true, nil,
		[]int{}, [2]string{}, map[string][]int{}, &struct{}{}, struct{ A int }{},
		Celsius(1), []Celsius{}, Pair[string, int]{}, &Pair[int, []string]{},
		func() {}, func(int, ...string) (bool, error) { return false, nil },
		make(chan int), make(<-chan string), make(chan<- bool),
		error(myErr{}), Sq{}, []Shape{}, new(int), new(*int), [][]*int{},
		map[Celsius]struct{}{},
	}
	for _, v := range vals {
		fmt.Printf("%T\n", v)
	}
	var sh Shape = Sq{2}
	fmt.Printf("%T %v\n", sh, sh.Area())
	var e error
	fmt.Printf("%T %v\n", errors.New("x").Error(), errors.New("x"))
	fmt.Printf("%T\n", e)
	fmt.Printf("[%10T] [%-10T]\n", 1, "s")
	fmt.Println(fmt.Sprintf("%T", Pair[Celsius, Sq]{}))
}
