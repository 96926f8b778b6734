package main

import "fmt"

func main() {
	var retries int
	retries = "three"
	fmt.Println(retries)
}
