package main

import "fmt"

func main() {
	ready := true
	if ready
	{
		fmt.Println("go")
	}
}
