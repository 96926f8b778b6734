package main

import (
	"fmt"
	"strings"
)

func lastChar(s string) byte {
	return s[len(s)-1]
}

func main() {
	words := strings.Fields("alpha beta gamma")
	for _, w := range words {
		fmt.Printf("%s ends with %c\n", w, lastChar(w))
	}
	empty := strings.TrimSpace("   ")
	fmt.Printf("empty string has length %d\n", len(empty))
	fmt.Println(lastChar(empty))
}
