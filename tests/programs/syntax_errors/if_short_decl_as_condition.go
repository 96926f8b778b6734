package main

import (
	"fmt"
	"strconv"
)

func main() {
	if n, err := strconv.Atoi("12") {
		fmt.Println(n, err)
	}
}
