package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	fmt.Printf("%q\n", strings.TrimSpace("  \t hello world \n "))
	fmt.Printf("%q\n", strings.Trim("xxhixx", "x"))
	fmt.Printf("%q\n", strings.Trim("abcHELLOcba", "abc"))
	fmt.Printf("%q\n", strings.TrimLeft("0001200", "0"))
	fmt.Printf("%q\n", strings.TrimRight("0001200", "0"))
	fmt.Printf("%q\n", strings.TrimPrefix("prefix-text", "prefix-"))
	fmt.Printf("%q\n", strings.TrimPrefix("text", "prefix-"))
	fmt.Printf("%q\n", strings.TrimSuffix("photo.jpeg", ".jpeg"))
	fmt.Printf("%q\n", strings.TrimFunc("123abc456", unicode.IsDigit))
	fmt.Printf("%q\n", strings.TrimLeftFunc("  \tx  ", unicode.IsSpace))
	fmt.Printf("%q\n", strings.TrimRightFunc("x!?!", unicode.IsPunct))
	// TrimLeft vs TrimPrefix difference
	fmt.Printf("%q %q\n", strings.TrimLeft("aabbcc", "ab"), strings.TrimPrefix("aabbcc", "ab"))
	// case conversion
	fmt.Println(strings.ToUpper("hello, wörld ß"), strings.ToLower("HELLO, WÖRLD"))
	fmt.Println(strings.ToTitle("loud"), strings.ToUpper("ǆ"), strings.ToTitle("ǆ"))
	// capitalize words manually (strings.Title is deprecated)
	words := strings.Fields("the go programming language")
	for i, w := range words {
		words[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	fmt.Println(strings.Join(words, " "))
	// Repeat
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("-", 0) == "", strings.Repeat("é", 4))
	// Map
	rot13 := func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		}
		return r
	}
	fmt.Println(strings.Map(rot13, "Hello, World!"))
	dropVowels := func(r rune) rune {
		if strings.ContainsRune("aeiouAEIOU", r) {
			return -1
		}
		return r
	}
	fmt.Println(strings.Map(dropVowels, "Programming in Go"))
	// ToValidUTF8
	fmt.Printf("%q\n", strings.ToValidUTF8("a\xffb\xfe\xfdc", "?"))
}
