package main

import (
	"fmt"
	"strings"
)

func charAt(s string, i int) byte {
	return s[i]
}

// lastIndexOf returns -1 when the rune is missing, which callers forget.
func lastIndexOf(s string, c byte) int {
	return strings.LastIndexByte(s, c)
}

func main() {
	word := "gopher"
	for i := 0; i < len(word); i++ {
		fmt.Printf("%c", charAt(word, i))
	}
	fmt.Println()
	idx := lastIndexOf(word, 'p')
	fmt.Println("p at", idx, "->", string(charAt(word, idx)))
	idx = lastIndexOf(word, 'z')
	fmt.Println("looking up index", idx)
	fmt.Println(charAt(word, idx))
}
