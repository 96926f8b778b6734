package main

import "fmt"

func main() {
	count := 0
	next := count++
	fmt.Println(count, next)
}
