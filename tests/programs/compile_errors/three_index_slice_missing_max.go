package main

import "fmt"

func main() {
	buf := make([]int, 10)
	window := buf[2:5:]
	fmt.Println(window)
}
