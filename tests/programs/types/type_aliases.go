package main

import "fmt"

type Celsius = float64 // alias: identical type
type Temp float64      // defined type: distinct

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type StringPair = Pair[string, string]
type Bytes = []byte
type Handler = func(int) int

type Point struct{ X, Y int }
type P = Point

func (p P) Sum() int { return p.X + p.Y } // method on Point via alias

func main() {
	var c Celsius = 20.5
	var f float64 = c // no conversion needed
	var t Temp = Temp(c)
	fmt.Printf("%v %v %v\n", c, f, t)
	fmt.Printf("%T %T\n", c, t)
	sp := StringPair{"lang", "go"}
	fmt.Printf("%+v %T\n", sp, sp)
	var b Bytes = []byte("hi")
	var raw []byte = b
	fmt.Println(raw, string(b))
	var h Handler = func(x int) int { return x * 3 }
	fmt.Println(h(5))
	fmt.Printf("%T\n", h)
	p := P{1, 2}
	var q Point = p
	fmt.Println(p.Sum(), q.Sum(), p == q)
	fmt.Printf("%T\n", p)
	// byte and rune are aliases
	var by byte = 65
	var u8 uint8 = by
	var r rune = 'x'
	var i32 int32 = r
	fmt.Printf("%T %T %v %v\n", by, r, u8, i32)
	// any is an alias for interface{}
	var a any = 1
	var e interface{} = a
	fmt.Printf("%T %v\n", e, e)
	// slices of aliased types are interchangeable
	xs := []Celsius{1, 2}
	var ys []float64 = xs
	ys[0] = 100
	fmt.Println(xs)
}
