package main

import "fmt"

func main() {
	version := "v1"
	version++
	fmt.Println(version)
}
