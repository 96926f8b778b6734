package main

import "fmt"

func parse(s string) int {
	if s == "" {
		return 0, fmt.Errorf("empty")
	}
	return len(s)
}

func main() {
	fmt.Println(parse("abc"))
}
