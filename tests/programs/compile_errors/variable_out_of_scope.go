package main

import (
	"fmt"
	"strconv"
)

func main() {
	if n, err := strconv.Atoi("41"); err == nil {
		n++
		fmt.Println(n)
	}
	fmt.Println("value was", n)
}
