package main

import "fmt"

func main() {
	budget := 1__000
	fmt.Println(budget)
}
