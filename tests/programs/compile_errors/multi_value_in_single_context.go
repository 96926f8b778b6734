package main

import (
	"fmt"
	"strconv"
)

func main() {
	total := strconv.Atoi("10") + 5
	fmt.Println(total)
}
