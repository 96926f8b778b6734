package main

import "fmt"

type Key struct {
	Name  string
	Attrs map[string]string
}

func main() {
	cache := make(map[Key]int)
	fmt.Println(len(cache))
}
