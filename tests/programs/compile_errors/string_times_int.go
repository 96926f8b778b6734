package main

import "fmt"

func main() {
	sep := "-"
	n := 10
	fmt.Println(sep * n)
}
