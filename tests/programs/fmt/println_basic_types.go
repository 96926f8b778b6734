package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(int8(-8), int16(16), int32(-32), int64(64), uint8(8), uint16(16), uint32(32), uint64(64))
	fmt.Println(1.0, 2.5, -0.125, 1e6, 1e-6, 123456789.0, 1e100, float32(1.1))
	fmt.Println(math.MaxInt64, math.MinInt64, uint64(math.MaxUint64))
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat32)
	fmt.Println(math.Pi, float32(math.Pi), math.E)
	fmt.Println(1.0/3.0, 2.0/3.0, 10.0/3.0, 100.0/7.0)
	fmt.Println(0.1+0.2, 1.1*1.1, 3.0*0.1)
	fmt.Println('a', "a", []byte("a"), []rune("a"))
	fmt.Println(true, !true, "", " ", "\t|")
	fmt.Println(1+2i, complex(0, 0), complex(math.Inf(1), math.NaN()))
	fmt.Println(math.Inf(1), -math.Inf(1), math.NaN(), -0.0, math.Copysign(0, -1))
	fmt.Println(float32(0.1)+float32(0.2), float64(float32(0.1)))
	fmt.Println(100000000.0, 1000000000000000000000.0, 999999999999999999999.0)
	fmt.Println(5e-324, 2.2250738585072014e-308)
	fmt.Println(float32(1e-45), float32(16777217))
	type Dur int64
	fmt.Println(Dur(5), []Dur{1, 2})
}
