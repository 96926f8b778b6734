package main

import "fmt"

func main() {
	mode := "fast"
	switch mode {
	case "fast":
		fmt.Println("fast")
		continue
	case "slow":
		fmt.Println("slow")
	}
}
