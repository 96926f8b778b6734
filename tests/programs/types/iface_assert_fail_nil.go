package main

import "fmt"

type T struct{ a int }

func main() {
	var x any
	fmt.Println("before")
	t := x.(*T)
	fmt.Println(t)
}
