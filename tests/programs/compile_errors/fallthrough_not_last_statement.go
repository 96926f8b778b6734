package main

import "fmt"

func main() {
	n := 1
	switch n {
	case 1:
		fallthrough
		fmt.Println("one")
	case 2:
		fmt.Println("two")
	}
}
