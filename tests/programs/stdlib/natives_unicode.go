// Exercises the unicode and unicode/utf8 natives: classes, case
// mapping and folding, and UTF-8 decoding of valid, invalid and
// truncated input.
package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	rs := []rune{'a', 'Z', '5', ' ', '\t', '\u00a0', '\u2028', '!', '$', '+', 'é', 'ǅ', 'Σ', 'ß', '\u0301', '٣', 'Ⅷ', '\u200b', 0x10FFFF, -1, 0xD800, 'K', '\u212A', 'ſ', '😀', 0}
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		fmt.Println(r, unicode.IsControl(r), unicode.IsDigit(r), unicode.IsGraphic(r), unicode.IsLetter(r), unicode.IsLower(r),
			unicode.IsMark(r), unicode.IsNumber(r), unicode.IsPrint(r), unicode.IsPunct(r), unicode.IsSpace(r),
			unicode.IsSymbol(r), unicode.IsTitle(r), unicode.IsUpper(r))
		fmt.Println(" ", unicode.ToLower(r), unicode.ToUpper(r), unicode.ToTitle(r), unicode.SimpleFold(r),
			unicode.To(unicode.UpperCase, r), unicode.To(unicode.LowerCase, r), unicode.To(unicode.TitleCase, r), unicode.To(7, r))
	}
	k := 'k'
	for i := 0; i < 4; i++ {
		k = unicode.SimpleFold(k)
		fmt.Print(k, " ")
	}
	fmt.Println()

	ss := []string{"", "a", "héllo", "日本語", "\xff", "a\xc3", "\xe2\x82", "\xed\xa0\x80", "\xf0\x9f\x98\x80!", "\xc0\xaf", "\xf4\x90\x80\x80"}
	for i := 0; i < len(ss); i++ {
		s := ss[i]
		b := []byte(s)
		r1, n1 := utf8.DecodeRuneInString(s)
		r2, n2 := utf8.DecodeRune(b)
		r3, n3 := utf8.DecodeLastRuneInString(s)
		r4, n4 := utf8.DecodeLastRune(b)
		fmt.Printf("%q: %d %d %d %d %d %d %d %d\n", s, r1, n1, r2, n2, r3, n3, r4, n4)
		fmt.Println(" ", utf8.RuneCountInString(s), utf8.RuneCount(b), utf8.ValidString(s), utf8.Valid(b), utf8.FullRuneInString(s), utf8.FullRune(b))
	}
	buf := make([]byte, 4)
	rr := []rune{'a', 'é', '€', '😀', -5, 0xD800, 0x110000}
	for i := 0; i < len(rr); i++ {
		n := utf8.EncodeRune(buf, rr[i])
		fmt.Printf("%d % x %d %v\n", n, string(buf[:n]), utf8.RuneLen(rr[i]), utf8.ValidRune(rr[i]))
	}
	var out []byte
	for i := 0; i < len(rr); i++ {
		out = utf8.AppendRune(out, rr[i])
	}
	fmt.Printf("%q %d\n", string(out), len(out))
	fmt.Println(utf8.RuneStart(0x80), utf8.RuneStart('a'))
	short := make([]byte, 2)
	utf8.EncodeRune(short, '€')
}
