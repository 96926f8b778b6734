package main

import "fmt"

func main() {
	size := 3
	var buf [4]size
	fmt.Println(buf)
}
