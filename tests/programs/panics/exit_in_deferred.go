package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("not reached: runs after the exiting defer")
	defer func() {
		r := recover()
		fmt.Println("recovered:", r != nil)
		os.Exit(4)
	}()
	var arr []string
	fmt.Println(arr[1])
}
