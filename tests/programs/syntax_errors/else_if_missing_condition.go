package main

import "fmt"

func main() {
	x := 10
	if x > 20 {
		fmt.Println("big")
	} else if {
		fmt.Println("small")
	}
}
