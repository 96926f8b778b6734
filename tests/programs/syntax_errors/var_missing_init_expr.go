package main

import "fmt"

func main() {
	var total int =
	for i := 0; i < 3; i++ {
		total += i
	}
	fmt.Println(total)
}
