package main

import "fmt"

func main() {
	values := []int{1, 2, 3}
	fmt.Println(len(values)
	for _, v := range values {
		fmt.Println(v
	}
}
