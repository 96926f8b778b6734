package main

import "fmt"

func main() {
	active := 1
	if !active {
		fmt.Println("idle")
	}
}
