package main

import "fmt"

func main() {
	ages := map[string]int{
		"alice" 31,
		"bob":  27,
	}
	fmt.Println(ages)
}
