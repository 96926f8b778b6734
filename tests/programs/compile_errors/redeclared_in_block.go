package main

import "fmt"

func main() {
	var total int
	var total float64
	fmt.Println(total)
}
