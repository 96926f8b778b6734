package main

import "fmt"

func absDiff(a, b uint) uint {
	if a > b {
		return a - b
	}
	return b - a
}

func main() {
	var a, b uint = 3, 5
	fmt.Println(a-b, b-a, absDiff(a, b))
	// comparisons on unsigned are unsigned
	var x uint32 = 1 << 31
	var y int32 = -1
	fmt.Println(x > 0, y < 0, uint32(y) > x)
	// counting down to zero with an unsigned index
	s := []string{"a", "b", "c"}
	for i := uint(len(s)); i > 0; i-- {
		fmt.Print(s[i-1])
	}
	fmt.Println()
	// unsigned division and shifts by constants
	var v uint64 = 1<<64 - 1
	fmt.Println(v>>1, v/2, v>>63, v/3*3+v%3 == v)
	// unsigned multiply wraps
	var m uint16 = 60000
	fmt.Println(m*2, m*m)
	// mixing requires conversion
	n := 10
	var u uint8 = 250
	fmt.Println(n+int(u), uint8(n)+u)
	// average without overflow
	var p, q uint8 = 200, 220
	fmt.Println((p+q)/2, p/2+q/2+(p&q&1), p+(q-p)/2)
	// bytes checksum
	var sum uint8
	for _, c := range []byte("The quick brown fox") {
		sum += c
	}
	fmt.Println(sum, ^sum+1)
	// uint to int conversion of large values
	big := ^uint(0)
	fmt.Println(big, int(big), int64(big>>1))
}
