package main

import "fmt"

func main() {
	sep := ',
	fmt.Println(string(sep))
}
