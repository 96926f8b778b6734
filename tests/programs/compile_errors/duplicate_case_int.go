package main

import "fmt"

func main() {
	code := 2
	switch code {
	case 1:
		fmt.Println("one")
	case 2, 3:
		fmt.Println("two or three")
	case 3:
		fmt.Println("three")
	}
}
