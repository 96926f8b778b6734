package main

import "fmt"

func main() {
	f := 0x1.8
	fmt.Println(f)
}
