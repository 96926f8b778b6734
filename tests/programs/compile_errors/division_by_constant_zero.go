package main

import "fmt"

func main() {
	total := 100
	perWorker := total / 0
	fmt.Println(perWorker)
}
