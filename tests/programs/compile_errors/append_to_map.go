package main

import "fmt"

func main() {
	groups := map[string]int{}
	groups = append(groups, 1)
	fmt.Println(groups)
}
