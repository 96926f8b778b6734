package main

import (
	"fmt"
	"strconv"
)

func main() {
	inputs := []string{"1", "2", "x"}
	sum := 0
	for _, s := range inputs {
		n, err := strconv.Atoi(s)
		sum += n
	}
	fmt.Println(sum)
}
