package main

import "fmt"

func main() {
	var workers int = 2.5
	fmt.Println(workers)
}
