package main

import "fmt"

func main() {
	count := 5
	fmt.Println(*count)
}
