package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("first deferred call: never runs")
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("fatal:", r)
			os.Exit(5)
		}
	}()
	fmt.Println("working")
	var arr []int
	_ = arr[2]
}
