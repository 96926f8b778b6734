package main

import (
	"fmt"
	"math"
)

func main() {
	// float to int truncates toward zero
	for _, f := range []float64{2.9, -2.9, 0.5, -0.5, 1e9 + 0.75} {
		fmt.Println(f, int(f), int32(f), int64(f))
	}
	// int to float may round
	big := int64(1<<53 + 1)
	fmt.Println(float64(big) == float64(big-1), int64(float64(big)))
	fmt.Println(float32(int32(16777217)))

	// narrowing integer conversions keep the low bits
	v := 0x12345678
	fmt.Printf("%x %x %x %x\n", int8(v), uint8(v), int16(v), uint16(v))
	neg := -1
	fmt.Println(uint8(neg), uint16(neg), uint32(neg), uint64(neg))
	n300 := 300
	fmt.Println(int8(n300), uint8(n300), int8(-n300))

	// widening sign-extends signed, zero-extends unsigned
	var s8 int8 = -5
	var u8 uint8 = 251
	fmt.Println(int64(s8), uint64(uint8(s8)), int64(u8), int16(int8(u8)))
	var s32 int32 = -70000
	fmt.Println(int64(s32), uint32(s32), uint64(uint32(s32)))

	// between floats
	d := 1.0 / 3
	f := float32(d)
	fmt.Println(d, f, float64(f))

	// integer <-> float round trips
	for _, i := range []int{0, 1, -1, 1 << 30, math.MaxInt32} {
		fmt.Print(int(float64(i)) == i, " ")
	}
	fmt.Println()

	// math.Round family before converting
	for _, x := range []float64{2.5, 3.5, -2.5, 2.4999} {
		fmt.Println(x, math.Round(x), math.Floor(x), math.Ceil(x), math.Trunc(x), math.RoundToEven(x), int(math.Round(x)))
	}

	// uintptr and named types
	type Celsius float64
	type Fahrenheit float64
	c := Celsius(100)
	fh := Fahrenheit(c*9/5 + 32)
	fmt.Println(c, fh, float64(fh)-float64(c))
	type ID uint16
	id := ID(65535)
	id++
	fmt.Println(id, int(id)+70000)

	// constants convert exactly
	const k = 1 << 40
	fmt.Println(float32(k), int64(k), float64(k)/3)
	var r rune = 'A'
	fmt.Println(r, byte(r+1), float64(r)/2)
}
