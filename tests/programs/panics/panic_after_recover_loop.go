package main

import (
	"fmt"
	"strconv"
)

func parse(s string) (n int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("  recovered:", r)
			n = -1
		}
	}()
	v, err := strconv.Atoi(s)
	if err != nil {
		panic(err)
	}
	return v
}

func main() {
	inputs := []string{"1", "x", "3"}
	total := 0
	for _, in := range inputs {
		n := parse(in)
		fmt.Println(in, "->", n)
		total += n
	}
	fmt.Println("total", total)
	results := make([]int, total)
	fmt.Println(results[total])
}
