package main

import "fmt"

func main() {
	n := 2
	if n > 1 {
	case 2:
		fmt.Println("two")
	}
}
