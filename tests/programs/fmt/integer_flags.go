package main

import "fmt"

func main() {
	n := 42
	fmt.Printf("[%5d] [%-5d] [%05d] [%+d] [% d] [%+5d] [%-+5d]\n", n, n, n, n, n, n, n)
	fmt.Printf("[%5d] [%-5d] [%05d] [%+d] [% d] [%+05d]\n", -n, -n, -n, -n, -n, -n)
	fmt.Printf("[%#x] [%#X] [%#o] [%#b] [%#O]\n", 255, 255, 8, 5, 8)
	fmt.Printf("[%08x] [%#08x] [%-8x] [%8X]\n", 0xbeef, 0xbeef, 0xbeef, 0xbeef)
	// precision on integers gives minimum digits
	fmt.Printf("[%.3d] [%.5d] [%8.3d] [%-8.3d] [%.0d] [%.0d]\n", 7, -42, 7, 7, 0, 1)
	fmt.Printf("[%08.3d]\n", 7) // zero flag ignored with precision
	// space flag with x on strings/bytes vs ints
	fmt.Printf("[% x] [% X] [%# x]\n", 255, "hi", []byte{1, 2, 255})
	// width larger than value, negative numbers with zero padding
	fmt.Printf("[%010d] [%-010d]\n", -12345, -12345)
	// unicode and char with width
	fmt.Printf("[%5c] [%-5c] [%5q] [%-8U]\n", 'x', 'y', 'z', 'w')
	// plus flag on unsigned
	fmt.Printf("[%+d] [%+x]\n", uint(5), 255)
	// binary with width and zero padding
	for i := range 5 {
		fmt.Printf("%2d: %08b %3o %2X\n", i*37, i*37, i*37, i*37)
	}
	// table with aligned columns
	items := []struct {
		name  string
		qty   int
		price int
	}{{"apple", 3, 120}, {"watermelon", 1, 3500}, {"fig", 12, 45}}
	for _, it := range items {
		fmt.Printf("%-12s|%4d|%8d|\n", it.name, it.qty, it.price)
	}
}
