package main

import (
	"fmt"
	"os"
)

func main() {
	if home := os.Getenv("HOME"); len(os.Args) > 5 {
		fmt.Println("many args")
	}
	fmt.Println("ok")
}
