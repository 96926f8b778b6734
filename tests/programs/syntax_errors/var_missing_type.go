package main

import "fmt"

func main() {
	var result
	result = 3
	fmt.Println(result)
}
