package main

import "fmt"

func main() {
	var retries uint = -1
	fmt.Println(retries)
}
