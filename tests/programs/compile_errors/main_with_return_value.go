package main

import "fmt"

func main() int {
	fmt.Println("exit code")
	return 0
}
