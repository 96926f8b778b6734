package main

import "fmt"

func main() {
	a, b := 10, 4
	fmt.Println(a – b)
}
