package main

import (
	"fmt"
	"math"
)

const (
	Big   = 1 << 100
	Small = Big >> 99
	Pi    = 3.14159265358979323846264338327950288419716939937510582097494459
	Third = 1.0 / 3
	Huge  = 1e300 * 1e300 / 1e300
)

type Celsius float64

func main() {
	fmt.Println(Small, Big/Big, Big%7)
	fmt.Println(Pi, float32(Pi))
	fmt.Println(Third*3 == 1, Huge)
	// untyped constants adapt to their context
	var f32 float32 = Pi
	var c Celsius = 100 / 3.0
	var i int = 7 / 2
	var fl float64 = 7 / 2
	var fl2 float64 = 7 / 2.0
	fmt.Println(f32, c, i, fl, fl2)
	// default types
	x, y, z, w := 42, 4.2, 'x', 1i
	fmt.Printf("%T %T %T %T\n", x, y, z, w)
	// untyped rune and int mix
	const r = 'a' + 1
	fmt.Printf("%v %T %c\n", r, r, r)
	// typed constants are checked
	const t int8 = 100
	fmt.Println(t+27, t/3)
	// exact arithmetic beyond int64
	const maxU = math.MaxUint64
	fmt.Println(uint64(maxU), maxU/2+1 == 1<<63)
	const n = 12345678901234567890 * 10 / 100
	fmt.Println(uint64(n))
	// integer constant in float context
	var g float64 = 1 << 62
	fmt.Println(g)
	// boolean and string constants
	const debug = 3 > 2 && "abc" < "abd"
	const greeting = "hello, " + "world"
	fmt.Println(debug, greeting, len(greeting))
	// constant expressions with math constants
	fmt.Println(math.MaxInt8+1, math.MinInt16-1, math.MaxUint32+1)
	fmt.Printf("%.10f %.10f\n", math.Pi/4, math.E*2)
	// len of constant string is constant
	const L = len(greeting)
	var arr [L]int
	fmt.Println(len(arr))
	// complex constants
	const cc = (1 + 2i) * (3 - 1i)
	fmt.Println(cc, real(cc), imag(cc))
	// constant comparisons and shifts in expressions
	const mask = ^uint8(0)
	fmt.Println(mask, ^0, -1<<3)
	var sh uint = 3
	var j int = 1.0 << sh
	fmt.Println(j, int64(1)<<62>>60)
}
