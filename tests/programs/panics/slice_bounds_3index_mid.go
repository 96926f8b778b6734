package main

import "fmt"

func segment(data []int, lo, hi, max int) []int {
	s := data[lo:hi:max]
	fmt.Printf("segment [%d:%d:%d] = %v len=%d cap=%d\n", lo, hi, max, s, len(s), cap(s))
	return s
}

func main() {
	data := []int{0, 1, 2, 3, 4, 5}
	segment(data, 1, 3, 4)
	segment(data, 0, 0, 0)
	segment(data, 2, 6, 6)
	// hi larger than max is invalid even though both fit in cap(data)
	hi, max := 5, 4
	fmt.Println("hi", hi, "max", max)
	segment(data, 1, hi, max)
}
