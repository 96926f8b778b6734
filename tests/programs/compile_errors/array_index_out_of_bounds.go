package main

import "fmt"

func main() {
	var slots [3]int
	slots[0] = 1
	slots[3] = 4
	fmt.Println(slots)
}
