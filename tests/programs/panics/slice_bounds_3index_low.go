package main

import "fmt"

func main() {
	data := []int{10, 20, 30, 40}
	lo, hi := 1, 2
	fmt.Println(data[lo:hi:3])
	lo = 3
	fmt.Printf("slicing [%d:%d:3]\n", lo, hi)
	fmt.Println(data[lo:hi:3])
}
