package main

import "fmt"

func main() {
	cache := make(map[string]int, 10)
	fmt.Println(cap(cache))
}
