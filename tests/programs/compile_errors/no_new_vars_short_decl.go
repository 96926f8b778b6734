package main

import (
	"fmt"
	"strconv"
)

func main() {
	n, err := strconv.Atoi("1")
	n, err := strconv.Atoi("2")
	fmt.Println(n, err)
}
