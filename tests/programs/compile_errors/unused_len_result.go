package main

import "fmt"

func main() {
	names := []string{"a", "b"}
	len(names)
	fmt.Println(names)
}
