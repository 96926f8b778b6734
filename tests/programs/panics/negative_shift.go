package main

import "fmt"

func mask(bits int) uint64 {
	return 1<<bits - 1
}

func field(word uint64, offset, width int) uint64 {
	return (word >> offset) & mask(width)
}

func main() {
	for _, b := range []int{0, 1, 8, 63, 64, 100} {
		fmt.Printf("mask(%d) = %#x\n", b, mask(b))
	}
	word := uint64(0xABCD1234)
	fmt.Printf("%#x %#x\n", field(word, 0, 16), field(word, 16, 8))
	start, end := 12, 8
	fmt.Println("width", end-start)
	fmt.Println(field(word, start, end-start))
}
