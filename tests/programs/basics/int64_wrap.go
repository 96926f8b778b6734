package main

import (
	"fmt"
	"math"
)

func main() {
	var a int64 = math.MaxInt64
	a++
	fmt.Println("int64 max+1:", a)
	a--
	fmt.Println("min-1:", a)
	var b int64 = 1 << 62
	fmt.Println("2^62*2:", b*2, "2^62*4:", b*4)
	var m int64 = math.MinInt64
	fmt.Println("-min:", -m, "min*-1:", m*-1, "min/-1:", m/-1, "min%-1:", m%-1)

	var u uint64 = math.MaxUint64
	fmt.Println("uint64 max:", u, "+1:", u+1)
	var z uint64
	z--
	fmt.Println("0-1:", z)
	fmt.Println("max*max:", u*u, "max*2:", u*2)

	// int is 64-bit here
	var i int = math.MaxInt
	i++
	fmt.Println("int max+1 == MinInt:", i == math.MinInt)
	var ui uint = math.MaxUint
	fmt.Println("uint max:", ui, ui+1)

	// 64-bit FNV-1a
	var h uint64 = 14695981039346656037
	for _, c := range []byte("golite") {
		h ^= uint64(c)
		h *= 1099511628211
	}
	fmt.Println("fnv64a:", h)

	// LCG with wraparound
	var seed uint64 = 42
	for k := 0; k < 5; k++ {
		seed = seed*6364136223846793005 + 1442695040888963407
		fmt.Println("lcg", k, seed>>33)
	}

	// factorials overflow int64 after 20!
	f := int64(1)
	for n := int64(1); n <= 25; n++ {
		f *= n
		if n >= 19 {
			fmt.Println(n, "! =", f)
		}
	}
	top, m2 := uint64(1<<63), int64(-2)
	fmt.Println(int64(top), uint64(m2), uintptr(7)*3)
}
