package main

import "fmt"

func main() {
	rate := 1.5e
	fmt.Println(rate)
}
