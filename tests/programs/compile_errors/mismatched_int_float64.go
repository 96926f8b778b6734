package main

import "fmt"

func main() {
	count := 3
	total := 10.5
	avg := total / count
	fmt.Println(avg)
}
