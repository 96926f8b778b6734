package main

import "fmt"

func main() {
	results := []string{"a"}
	close(results)
	fmt.Println(results)
}
