package main

import "fmt"

func mask(bits int) uint64 {
	return 1<<bits - 1
}

func main() {
	for _, b := range []int{0, 1, 8, 63, 64} {
		fmt.Printf("mask(%d) = %#x\n", b, mask(b))
	}
	fmt.Println(mask(-1))
}
