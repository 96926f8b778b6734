package main

import "fmt"

type Shape interface {
	Area() float64 {
		return 0
	}
}

func main() {
	var s Shape
	fmt.Println(s)
}
