package main

import "fmt"

func main() {
	attempts := 0
	for i := 0; i < 5; i++ {
		attempts = i
	}
	fmt.Println("finished")
}
