package main

import "fmt"

func main() {
loop:
	for i := 0; i < 2; i++ {
		fmt.Println(i)
		continue loop
	}
loop:
	for j := 0; j < 2; j++ {
		fmt.Println(j)
		break loop
	}
}
