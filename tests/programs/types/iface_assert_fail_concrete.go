package main

import "fmt"

func main() {
	var x any = "hello"
	fmt.Println("before")
	n := x.(int)
	fmt.Println(n)
}
