package main

import "fmt"

func main() {
	ports := map[string]int{
		"http":  80,
		"https": 443,
		"http":  8080,
	}
	fmt.Println(ports)
}
