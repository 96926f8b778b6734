package main

import "fmt"

func main() {
	flags := 1
	fmt.Println(flags << -1)
}
