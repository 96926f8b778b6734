package main

import (
	"fmt"
	"math"
)

func main() {
	var a int16 = math.MaxInt16
	a += 1
	fmt.Println("int16 max+1:", a)
	var b int16 = 300
	fmt.Println("300*300 as int16:", b*b)
	var ua uint16 = 0
	ua -= 1
	fmt.Println("uint16 0-1:", ua)
	var ub uint16 = 65000
	fmt.Println("65000+1000:", ub+1000)

	var c int32 = math.MaxInt32
	c++
	fmt.Println("int32 max+1:", c)
	var d int32 = 1 << 20
	fmt.Println("2^20 * 2^12:", d*(1<<12), "2^20*2^11:", d*(1<<11))
	var uc uint32 = math.MaxUint32
	uc += 2
	fmt.Println("uint32 max+2:", uc)
	var ud uint32 = 4000000000
	fmt.Println("4e9*2:", ud*2)

	// rune is int32
	var r rune = math.MaxInt32
	r++
	fmt.Println("rune wrap:", r)

	// hash-like computation relying on wrap
	var h uint32 = 2166136261
	for _, ch := range []byte("hello") {
		h ^= uint32(ch)
		h *= 16777619
	}
	fmt.Println("fnv32a(hello):", h)

	var h16 uint16
	for i := 0; i < 1000; i++ {
		h16 = h16*31 + uint16(i)
	}
	fmt.Println("h16:", h16)

	// negation of minimum values
	m16 := int16(math.MinInt16)
	m32 := int32(math.MinInt32)
	fmt.Println(-m16, -m32, m16-1, m32-1)
	i70k, im1, u3g := int32(70000), int32(-1), uint32(3000000000)
	fmt.Println(int16(i70k), uint16(im1), int32(u3g))
}
