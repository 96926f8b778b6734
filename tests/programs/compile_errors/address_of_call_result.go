package main

import "fmt"

func nextID() int {
	return 7
}

func main() {
	p := &nextID()
	fmt.Println(*p)
}
