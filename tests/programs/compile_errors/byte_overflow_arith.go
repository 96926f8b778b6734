package main

import "fmt"

const base byte = 200

func main() {
	x := base + 100
	fmt.Println(x)
}
