package main

import "fmt"

func inc(x int) int { return x + 1 }

func main() {
	f := inc
	g := inc
	fmt.Println(f == g)
}
