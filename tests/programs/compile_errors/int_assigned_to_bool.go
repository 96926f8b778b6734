package main

import "fmt"

func main() {
	var done bool
	done = 1
	fmt.Println(done)
}
