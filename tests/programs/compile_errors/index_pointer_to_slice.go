package main

import "fmt"

func first(p *[]string) string {
	return p[0]
}

func main() {
	xs := []string{"a"}
	fmt.Println(first(&xs))
}
