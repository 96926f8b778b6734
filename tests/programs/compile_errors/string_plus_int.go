package main

import "fmt"

func main() {
	id := 7
	label := "worker-" + id
	fmt.Println(label)
}
