package main

import (
	"fmt"
	"math"
)

func main() {
	// truncated division: quotient rounds toward zero, remainder takes dividend's sign
	fmt.Println(int8(-7)/2, int8(-7)%2, int8(7)/-2, int8(7)%-2)
	fmt.Println(int16(-1000)/7, int16(-1000)%7, int16(1000)%-7)
	fmt.Println(int32(-2147483647)/10, int32(-2147483647)%10)
	fmt.Println(int64(-9223372036854775807)/1000000007, int64(-9223372036854775807)%1000000007)

	// MinValue / -1 wraps at every size
	var a8 int8 = math.MinInt8
	var a16 int16 = math.MinInt16
	var a32 int32 = math.MinInt32
	var a64 int64 = math.MinInt64
	n8, n16, n32, n64 := int8(-1), int16(-1), int32(-1), int64(-1)
	fmt.Println(a8/n8, a16/n16, a32/n32, a64/n64)
	fmt.Println(a8%n8, a16%n16, a32%n32, a64%n64)

	// unsigned
	fmt.Println(uint8(255)/16, uint8(255)%16)
	fmt.Println(uint16(65535)/256, uint16(65535)%256)
	fmt.Println(uint32(4294967295)/65536, uint32(4294967295)%65536)
	fmt.Println(uint64(18446744073709551615)/10, uint64(18446744073709551615)%10)

	// digits of a number via repeated division
	for _, n := range []int{0, 7, -1234, 90210} {
		digits := []int{}
		m := n
		if m < 0 {
			m = -m
		}
		for {
			digits = append(digits, m%10)
			m /= 10
			if m == 0 {
				break
			}
		}
		fmt.Println(n, "->", digits)
	}

	// Euclidean modulo built from %
	emod := func(a, b int) int {
		r := a % b
		if r < 0 {
			r += b
		}
		return r
	}
	for _, a := range []int{-13, -5, 0, 5, 13} {
		fmt.Print(a%5, " ", emod(a, 5), "; ")
	}
	fmt.Println()

	// constant division is exact for untyped, truncated when typed
	const c = 7 / 2
	const f = 7 / 2.0
	fmt.Println(c, f, -7/2, -7.0/2)
	x := 17
	x /= -5
	fmt.Println(x)
	x %= 2
	fmt.Println(x)
}
