package main

import "fmt"

func main() {
	cmd := "x"
	switch cmd {
	case "run":
		fmt.Println("run")
	default:
		fmt.Println("unknown")
	default:
		fmt.Println("still unknown")
	}
}
