package main

import "fmt"

func main() {
	n := 4
	var buf [n]int
	fmt.Println(n, buf)
}
