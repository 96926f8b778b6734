package main

import "fmt"

func main() {
	b := '\400'
	fmt.Println(b)
}
