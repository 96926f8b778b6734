package main

import "fmt"

func main() {
	fmt.Println(42, 0x2A, 0X2a, 0o52, 0O52, 052, 0b101010, 0B101010)
	fmt.Println(1_000_000, 0x_FF_FF, 0b_1111_0000, 0o_777)
	fmt.Println(1.5, .5, 5., 1e3, 1E-3, 6.022e23, 1_000.000_1)
	fmt.Println(0x1p4, 0x1.8p1, 0X.8p0, 0x1p-2)
	fmt.Println(1i, 2.5i, 0x10i, 1e2i, 0o17i)
	fmt.Println('a', '\000', '\377', '\xff', '\u12e4')
	const big = 0xFFFF_FFFF_FFFF_FFFF
	fmt.Println(uint64(big))
	fmt.Println(01, 010, 0100, 00)
	var f32 float32 = 0x1.fffffep+127
	fmt.Println(f32)
	fmt.Println(9007199254740993.0, 1e-320)
	// very large untyped literal used in a constant expression
	const googol = 1e100
	fmt.Println(googol/1e98, int64(googol/1e90))
	x := 0b1 << 10
	y := 0o7 * 0x7
	fmt.Println(x, y, x^y)
}
