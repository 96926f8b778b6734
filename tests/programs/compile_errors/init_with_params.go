package main

import "fmt"

var workers int

func init(n int) {
	workers = n
}

func main() {
	fmt.Println(workers)
}
