package main

import "fmt"

func main() {
	// 0.1 is not exact; float32 and float64 differ
	var a32 float32 = 0.1
	var a64 float64 = 0.1
	fmt.Println(a32, a64, float64(a32), float32(a64))
	fmt.Println(float64(a32) == a64)

	// summing 0.1 ten times
	var s32 float32
	var s64 float64
	for i := 0; i < 10; i++ {
		s32 += 0.1
		s64 += 0.1
	}
	fmt.Println(s32, s64, s32 == 1, s64 == 1)

	// float32 has 24 bits of mantissa
	var big32 float32 = 16777216
	fmt.Println(big32+1, big32+2, big32+1 == big32)
	var big64 float64 = 9007199254740992
	fmt.Println(big64+1 == big64, big64+2)

	// rounding when converting
	x := 1.0000001
	fmt.Println(float32(x), float32(x) == 1)
	fmt.Println(float32(3.14159265358979), float32(2.0/3.0))
	fmt.Println(float32(1)/3, float64(1)/3)

	// float32 arithmetic rounds each step
	var p float32 = 1
	for i := 0; i < 30; i++ {
		p *= 1.1
	}
	fmt.Println(p)
	var q float64 = 1
	for i := 0; i < 30; i++ {
		q *= 1.1
	}
	fmt.Println(q)

	// catastrophic cancellation
	var c32 float32 = 1e8
	fmt.Println(c32+1-c32, 1e16+1-1e16)

	// exact representable values round-trip
	for _, v := range []float64{0.5, 0.25, 1.75, 1024.125, -3.5} {
		fmt.Print(float32(v) == float32(float64(float32(v))), " ")
	}
	fmt.Println()
	// printing: shortest representation that round-trips
	fmt.Println(float32(0.3), 0.3, float32(1)/10*3, 0.1*3)
	fmt.Println(float32(1e10), float32(123456789), float32(1e-7))
	var f float32 = 0.2
	var g float32 = 0.7
	fmt.Println(f+g, float64(f)+float64(g), f*g)
	fmt.Printf("%T %T\n", f+g, 1.5)
}
