package main

import "fmt"

type I interface{ M() int }

func main() {
	var i I
	fmt.Println("before", i == nil)
	fmt.Println(i.M())
}
