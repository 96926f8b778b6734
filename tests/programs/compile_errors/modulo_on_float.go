package main

import "fmt"

func main() {
	x := 7.5
	fmt.Println(x % 2)
}
