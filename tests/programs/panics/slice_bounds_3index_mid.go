package main

import "fmt"

func main() {
	data := []int{0, 1, 2, 3, 4, 5}
	hi, max := 3, 4
	s := data[1:hi:max]
	fmt.Println(s, len(s), cap(s))
	hi = 5
	fmt.Println("hi", hi, "max", max)
	s = data[1:hi:max]
	fmt.Println(s)
}
