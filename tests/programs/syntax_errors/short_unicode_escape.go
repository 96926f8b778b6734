package main

import "fmt"

func main() {
	s := "smile \u263 ok"
	fmt.Println(s)
}
