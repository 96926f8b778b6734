package main

import "fmt"

func assert(cond bool) {
	if !cond {
		panic(cond)
	}
}

func main() {
	x := 10
	assert(x > 5)
	fmt.Println("first assertion passed")
	assert(x%2 == 0)
	fmt.Println("second assertion passed")
	assert(x > 100)
}
