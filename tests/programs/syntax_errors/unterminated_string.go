package main

import "fmt"

func main() {
	msg := "hello, goroutines
	fmt.Println(msg)
}
