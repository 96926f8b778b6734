package main

import "fmt"

func prefix(s string, n int) string {
	return s[:n]
}

func initials(names []string, n int) []string {
	var out []string
	for _, name := range names {
		out = append(out, prefix(name, n))
	}
	return out
}

func main() {
	names := []string{"Alexander", "Bo", "Christina"}
	fmt.Println(initials(names, 1))
	fmt.Println(initials(names, 2))
	fmt.Println("now with three letters")
	fmt.Println(initials(names, 3))
}
