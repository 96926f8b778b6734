package main

import "fmt"

const MaxWorkers = 4

func configure(n *int) {
	fmt.Println("workers:", *n)
}

func main() {
	configure(&MaxWorkers)
}
