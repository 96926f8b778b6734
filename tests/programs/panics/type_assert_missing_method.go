package main

import "fmt"

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Square struct{ S float64 }

func (s Square) Area() float64      { return s.S * s.S }
func (s Square) Perimeter() float64 { return 4 * s.S }

type Line struct{ L float64 }

func (l Line) Area() float64 { return 0 }

func main() {
	things := []any{Square{2}, Line{5}}
	for _, t := range things {
		if s, ok := t.(Shape); ok {
			fmt.Println("shape with area", s.Area())
		} else {
			fmt.Printf("%T is not a Shape\n", t)
		}
	}
	s := things[1].(Shape)
	fmt.Println(s.Perimeter())
}
