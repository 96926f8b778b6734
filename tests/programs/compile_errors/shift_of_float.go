package main

import "fmt"

func main() {
	size := 1.0
	fmt.Println(size << 3)
}
