package main

import "fmt"

var total = compute()

func compute() int {
	return total + 1
}

func main() {
	fmt.Println(total)
}
