package main

import "fmt"

func main() {
	a, b := 3, 4
	a == b
	fmt.Println(a, b)
}
