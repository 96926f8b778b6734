package main

import "fmt"

func main() {
	# count the workers
	n := 3
	fmt.Println(n)
}
