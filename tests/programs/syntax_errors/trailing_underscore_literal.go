package main

import "fmt"

func main() {
	n := 100_
	fmt.Println(n)
}
