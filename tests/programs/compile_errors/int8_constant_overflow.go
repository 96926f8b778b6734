package main

import "fmt"

func main() {
	var level int8 = 300
	fmt.Println(level)
}
