package main

import "fmt"

func main() {
	total := 10
	for i := 0; i < 3; i++ {
		total -=
	}
	fmt.Println(total)
}
