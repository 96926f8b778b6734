package main

import "fmt"

type I interface{ M() }

func main() {
	var x any
	fmt.Println("before")
	i := x.(I)
	i.M()
}
