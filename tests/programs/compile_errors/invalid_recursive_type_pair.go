package main

import "fmt"

type A struct {
	b B
}

type B struct {
	a A
}

func main() {
	fmt.Println(A{})
}
