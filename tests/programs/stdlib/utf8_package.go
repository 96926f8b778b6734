package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "héllo, 世界 😀"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.RuneCount([]byte(s)))
	r, size := utf8.DecodeRuneInString(s[1:])
	fmt.Printf("%c %d\n", r, size)
	r, size = utf8.DecodeLastRuneInString(s)
	fmt.Printf("%c %d\n", r, size)
	r, size = utf8.DecodeRuneInString("")
	fmt.Println(r == utf8.RuneError, size)
	r, size = utf8.DecodeRuneInString("\xff")
	fmt.Println(r == utf8.RuneError, size)
	r, size = utf8.DecodeRune([]byte{0xe4, 0xb8})
	fmt.Println(r == utf8.RuneError, size)
	// walking a string manually
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		fmt.Printf("%d:%c(%d) ", i, r, w)
		i += w
	}
	fmt.Println()
	// RuneLen and EncodeRune
	for _, r := range []rune{'a', 'é', '世', '😀', -1, 0x110000, 0xD800} {
		fmt.Print(utf8.RuneLen(r), " ")
	}
	fmt.Println()
	buf := make([]byte, 4)
	for _, r := range []rune{'A', 'ß', '€', '🙂'} {
		n := utf8.EncodeRune(buf, r)
		fmt.Printf("%c -> % x (%d)\n", r, buf[:n], n)
	}
	b := utf8.AppendRune([]byte("x"), '世')
	fmt.Printf("% x\n", b)
	// validity
	fmt.Println(utf8.ValidString(s), utf8.ValidString("a\xffb"), utf8.Valid([]byte{0xed, 0xa0, 0x80}), utf8.ValidRune(0x10FFFF), utf8.ValidRune(0xDFFF))
	fmt.Println(utf8.FullRune([]byte{0xe4, 0xb8}), utf8.FullRuneInString("世"), utf8.RuneStart(0xb8), utf8.RuneStart('a'))
	fmt.Println(utf8.UTFMax, utf8.RuneSelf, utf8.MaxRune == '\U0010FFFF')
	// truncating a string safely at a rune boundary
	trunc := func(s string, n int) string {
		if len(s) <= n {
			return s
		}
		for n > 0 && !utf8.RuneStart(s[n]) {
			n--
		}
		return s[:n]
	}
	fmt.Printf("%q %q %q\n", trunc(s, 2), trunc(s, 10), trunc(s, 3))
}
