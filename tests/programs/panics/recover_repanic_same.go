package main

import "fmt"

func cleanup() {
	if r := recover(); r != nil {
		fmt.Println("cleaning up")
		panic(r)
	}
}

func main() {
	defer cleanup()
	var a [4]int
	i := 9
	a[i%len(a)+4] = i
}
