package main

import "fmt"

func main() {
	names := []string{"x", "y"}
	for _, n := range names {
		fmt.Printn(n)
	}
}
