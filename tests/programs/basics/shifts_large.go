package main

import "fmt"

func main() {
	// shift counts at or beyond the width give 0 (or -1 for negative >>)
	var one8 uint8 = 1
	var one64 uint64 = 1
	for _, s := range []uint{0, 1, 7, 8, 9, 63, 64, 65, 200} {
		fmt.Println("s =", s, one8<<s, one64<<s, uint8(0xFF)>>s, uint64(1<<63)>>s)
	}
	var neg int32 = -8
	for _, s := range []uint{1, 3, 31, 32, 100} {
		fmt.Println("-8 >>", s, "=", neg>>s, " -8 <<", s, "=", neg<<s)
	}
	// the shift count may be a signed integer (non-negative at run time)
	for i := 0; i < 5; i++ {
		fmt.Print(1<<i, " ")
	}
	fmt.Println()
	var k int8 = 3
	fmt.Println(int64(5)<<k, uint16(40000)>>k, uint16(40000)<<k)
	var big int = 70
	fmt.Println(int64(1)<<big, int64(-1)>>big, uint32(5)<<big)

	// shifting a byte promoted vs not
	b := byte(0x81)
	fmt.Println(b<<1, int(b)<<1, b>>1)

	// rotate using shifts
	rotl := func(x uint32, r uint) uint32 { return x<<r | x>>(32-r) }
	fmt.Printf("%08x %08x %08x\n", rotl(0x80000001, 1), rotl(0x12345678, 8), rotl(0xdeadbeef, 16))

	// untyped constant shifts are exact
	const huge = 1 << 100
	fmt.Println(huge>>98, huge/(1<<99))
	var sh uint = 2
	x := 1 << sh // int
	var f float64 = 3
	fmt.Println(x, f*float64(int(1)<<sh))
	fmt.Printf("%T\n", x)
	// compound shift assignment
	v := uint16(1)
	for i := 0; i < 20; i++ {
		v <<= 1
		if v == 0 {
			fmt.Println("became zero after", i+1, "shifts")
			break
		}
	}
	w := int64(-1 << 40)
	w >>= 38
	fmt.Println(w)
}
