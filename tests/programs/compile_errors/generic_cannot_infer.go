package main

import "fmt"

func Zero[T any]() T {
	var z T
	return z
}

func main() {
	v := Zero()
	fmt.Println(v)
}
