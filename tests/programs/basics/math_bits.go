package main

import (
	"fmt"
	"math/bits"
)

func main() {
	fmt.Println(bits.OnesCount(255), bits.OnesCount64(1<<63|1), bits.OnesCount8(0xF0))
	fmt.Println(bits.LeadingZeros64(1), bits.LeadingZeros32(0), bits.LeadingZeros8(1))
	fmt.Println(bits.TrailingZeros(8), bits.TrailingZeros64(0), bits.TrailingZeros16(0x100))
	fmt.Println(bits.Len(0), bits.Len(1), bits.Len(255), bits.Len64(1<<40))
	fmt.Printf("%08b %08b\n", bits.Reverse8(0b00010111), bits.RotateLeft8(0b10010001, 2))
	fmt.Printf("%#x %#x\n", bits.ReverseBytes32(0x11223344), bits.RotateLeft32(0x80000001, -1))
	// overflow detection with Add64/Mul64
	sum, carry := bits.Add64(1<<63, 1<<63, 0)
	fmt.Println(sum, carry)
	hi, lo := bits.Mul64(1<<40, 1<<40)
	fmt.Println(hi, lo)
	diff, borrow := bits.Sub64(3, 5, 0)
	fmt.Println(diff, borrow)
	q, r := bits.Div64(1, 0, 1<<32)
	fmt.Println(q, r)
	fmt.Println(bits.UintSize)
	// checked multiply helper
	mulOK := func(a, b uint64) (uint64, bool) {
		h, l := bits.Mul64(a, b)
		return l, h == 0
	}
	fmt.Println(mulOK(1<<31, 1<<31))
	fmt.Println(mulOK(1<<33, 1<<31))
	// next power of two
	for _, n := range []uint{1, 3, 16, 17, 1000} {
		p := uint(1) << bits.Len(n-1)
		fmt.Print(p, " ")
	}
	fmt.Println()
}
