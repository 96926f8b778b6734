package main

import "fmt"

func main() {
	i := 0
loop:
	fmt.Println(i)
	i++
	if i < 3 {
		goto 10
	}
}
