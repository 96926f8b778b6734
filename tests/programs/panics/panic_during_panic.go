package main

import "fmt"

func main() {
	defer fmt.Println("outermost defer still runs")
	defer func() {
		fmt.Println("second defer panics while unwinding")
		panic("secondary failure")
	}()
	fmt.Println("starting")
	panic("primary failure")
}
