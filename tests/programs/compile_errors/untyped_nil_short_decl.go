package main

import "fmt"

func main() {
	result := nil
	fmt.Println(result)
}
