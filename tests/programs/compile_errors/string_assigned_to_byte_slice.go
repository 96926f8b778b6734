package main

import "fmt"

func main() {
	var payload []byte = "hello"
	fmt.Println(len(payload))
}
