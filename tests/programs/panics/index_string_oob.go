package main

import (
	"fmt"
	"strings"
)

// nextChar returns the byte after position i; the bounds check is wrong.
func nextChar(s string, i int) byte {
	if i < len(s) {
		return s[i+1]
	}
	return 0
}

func main() {
	words := strings.Fields("alpha beta gamma")
	for _, w := range words {
		fmt.Printf("%s: after first is %c\n", w, nextChar(w, 0))
	}
	last := words[len(words)-1]
	fmt.Println("checking the last position of", last)
	fmt.Println(nextChar(last, len(last)-1))
}
