package main

import (
	"fmt"
	"os"
)

func main() {
	var f = os.Open("data.txt")
	fmt.Println(f)
}
