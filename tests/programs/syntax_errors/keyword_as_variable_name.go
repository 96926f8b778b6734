package main

import "fmt"

func main() {
	type := "worker"
	fmt.Println(type)
}
