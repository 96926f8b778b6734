package main

import "fmt"

func charAt(s string, i int) byte {
	return s[i]
}

func main() {
	word := "gopher"
	for i := 0; i < len(word); i++ {
		fmt.Printf("%c", charAt(word, i))
	}
	fmt.Println()
	idx := len(word) - 7 // -1
	fmt.Println("looking up index", idx)
	fmt.Println(charAt(word, idx))
}
