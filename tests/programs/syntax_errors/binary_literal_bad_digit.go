package main

import "fmt"

func main() {
	flags := 0b1021
	fmt.Println(flags)
}
