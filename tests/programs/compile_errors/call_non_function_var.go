package main

import "fmt"

func main() {
	workers := 4
	for i := 0; i < workers(); i++ {
		fmt.Println(i)
	}
}
