package main

import "fmt"

func main() {
	workers := []string{
		"alpha",
		"beta",
		"gamma"
	}
	for _, w := range workers {
		fmt.Println("starting", w)
	}
}
