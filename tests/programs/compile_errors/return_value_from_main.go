package main

import "fmt"

func main() {
	fmt.Println("start")
	if len("x") > 0 {
		return 1
	}
}
