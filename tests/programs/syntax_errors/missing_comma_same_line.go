package main

import "fmt"

func main() {
	name := "worker"
	id := 7
	fmt.Println("started" name, id)
}
