package main

import "fmt"

func main() {
	runes := []rune{'a', '\n', '\t', '\\', '\'', '\x41', '\101', '\u00e9', '\U0001F600', '世', '\a', '\b', '\f', '\r', '\v', 0}
	for _, r := range runes {
		fmt.Printf("%d %q %U\n", r, r, r)
	}
	s := "tab\there\nnew \"quoted\" \x41\u00e9\U0001F600 \101\\"
	fmt.Println(s)
	fmt.Println(len(s))
	fmt.Printf("%q\n", s)
	fmt.Printf("%+q\n", s)
	// hex escapes in strings produce raw bytes, \u produces UTF-8
	a := "\xe4\xb8\x96"
	b := "\u4e16"
	fmt.Println(a == b, a, len(a))
	// rune arithmetic
	r := 'a'
	r += 2
	fmt.Println(r, string(r), 'z'-'a', '0'+7, string(rune('0'+7)))
	fmt.Printf("%T %T\n", 'x', 'x'+1)
	// byte vs rune literal
	var by byte = 'A'
	var ru rune = 'A'
	fmt.Println(by, ru, by+1, ru+1)
	// large rune value
	var top rune = '\U0010FFFF'
	fmt.Println(top, string(top) == "\U0010FFFF", len(string(top)))
	// compare runes
	fmt.Println('a' < 'b', 'Z' < 'a', 'é' > 'z')
}
