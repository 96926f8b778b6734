package main

import "fmt"

func compute() int {
	return 42
}

func main() {
	result := go compute()
	fmt.Println(result)
}
