package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("never printed")
	fmt.Println("buffered output is flushed")
	fmt.Print("no newline at the end")
	func() {
		defer fmt.Println("inner never printed either")
		os.Exit(3)
	}()
}
