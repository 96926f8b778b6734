package main

import "fmt"

func main() {
	total := 42
	if n, ok := total.(int); ok {
		fmt.Println("int", n)
	}
}
