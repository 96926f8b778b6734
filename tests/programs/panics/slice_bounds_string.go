package main

import "fmt"

func prefix(s string, n int) string {
	return s[:n]
}

func main() {
	names := []string{"Alexander", "Bo", "Christina"}
	for _, n := range names {
		fmt.Println(prefix(n, 2))
	}
	for _, n := range names {
		fmt.Println(prefix(n, 3))
	}
}
