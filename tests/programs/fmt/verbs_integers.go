package main

import "fmt"

func main() {
	for _, n := range []int{0, 7, -7, 255, -255, 1 << 20} {
		fmt.Printf("d=%d b=%b o=%o O=%O x=%x X=%X\n", n, n, n, n, n, n)
	}
	fmt.Printf("%c %c %c %c\n", 65, 0x4e16, 'é', 128512)
	fmt.Printf("%q %q %q %q\n", 65, '\n', 0x4e16, 0)
	fmt.Printf("%U %#U %U\n", 'x', '世', 0x1F600)
	// sizes
	fmt.Printf("%d %d %d %d\n", int8(-128), int16(-32768), int32(-1<<31), int64(-1<<63))
	fmt.Printf("%d %d %x %X\n", uint8(255), uint64(1<<64-1), uint64(1<<64-1), uint32(0xDEADBEEF))
	fmt.Printf("%x %X\n", -1, int8(-1))
	fmt.Printf("%b %o\n", uint8(5), int64(-8))
	// %v for integers is %d
	fmt.Printf("%v %v %v\n", 42, uint(42), int8(-42))
	// byte and rune
	var b byte = 'A'
	var r rune = 'B'
	fmt.Printf("%v %v %c %c %q %q\n", b, r, b, r, b, r)
	// uintptr
	fmt.Printf("%d %x\n", uintptr(4096), uintptr(4096))
	// integer with %s is a bad verb
	fmt.Printf("%s\n", 5)
	// integer with float verbs
	fmt.Printf("%f %e\n", 5, 5)
	// very small/large
	fmt.Printf("%d|%d\n", -9223372036854775808, 9223372036854775807)
}
