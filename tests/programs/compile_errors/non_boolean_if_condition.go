package main

import "fmt"

func main() {
	pending := 3
	if pending {
		fmt.Println("still working")
	}
}
