package main

func helper() int {
	return 42
}

import "fmt"

func main() {
	fmt.Println(helper())
}
