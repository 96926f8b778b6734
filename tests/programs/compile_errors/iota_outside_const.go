package main

import "fmt"

func main() {
	id := iota
	fmt.Println(id)
}
