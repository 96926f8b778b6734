package main

import "fmt"

func main() {
	sum := (1 + 2) * 3)
	fmt.Println(sum)
}
