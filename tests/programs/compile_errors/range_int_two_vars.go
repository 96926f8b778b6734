package main

import "fmt"

func main() {
	for i, j := range 5 {
		fmt.Println(i, j)
	}
}
