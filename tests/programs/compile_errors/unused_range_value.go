package main

import "fmt"

func main() {
	jobs := []string{"a", "b", "c"}
	count := 0
	for i, job := range jobs {
		count += i
	}
	fmt.Println(count)
}
