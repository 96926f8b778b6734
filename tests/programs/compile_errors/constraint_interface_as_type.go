package main

import "fmt"

type Numeric interface {
	int | float64
}

func main() {
	var total Numeric
	fmt.Println(total)
}
