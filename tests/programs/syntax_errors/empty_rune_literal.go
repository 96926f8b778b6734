package main

import "fmt"

func main() {
	var r rune = ''
	fmt.Println(r)
}
