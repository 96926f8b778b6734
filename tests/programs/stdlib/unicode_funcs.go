package main

import (
	"fmt"
	"unicode"
)

func classify(r rune) string {
	var tags []byte
	add := func(ok bool, c byte) {
		if ok {
			tags = append(tags, c)
		} else {
			tags = append(tags, '.')
		}
	}
	add(unicode.IsLetter(r), 'L')
	add(unicode.IsDigit(r), 'D')
	add(unicode.IsNumber(r), 'N')
	add(unicode.IsSpace(r), 'S')
	add(unicode.IsUpper(r), 'U')
	add(unicode.IsLower(r), 'l')
	add(unicode.IsPunct(r), 'P')
	add(unicode.IsSymbol(r), 'Y')
	add(unicode.IsControl(r), 'C')
	add(unicode.IsPrint(r), 'p')
	add(unicode.IsGraphic(r), 'G')
	add(unicode.IsTitle(r), 'T')
	return string(tags)
}

func main() {
	for _, r := range []rune{'a', 'Z', '5', ' ', '\t', '\n', '!', '+', '€', 'é', 'Σ', 'ß', '٣', '½', '世', '\u00a0', '\x00', 'ǅ', '😀'} {
		fmt.Printf("%-8q %s\n", r, classify(r))
	}
	fmt.Println(string(unicode.ToUpper('a')), string(unicode.ToLower('Ä')), string(unicode.ToTitle('ǆ')), string(unicode.ToUpper('ß')))
	fmt.Println(string(unicode.ToUpper('ω')), string(unicode.ToLower('Σ')), unicode.ToUpper('1') == '1')
	fmt.Println(string(unicode.SimpleFold('A')), string(unicode.SimpleFold('a')), string(unicode.SimpleFold('K')))
	fmt.Println(unicode.Is(unicode.Han, '世'), unicode.Is(unicode.Latin, 'é'), unicode.Is(unicode.Greek, 'Σ'), unicode.In('a', unicode.Cyrillic, unicode.Latin))
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar == '\uFFFD', unicode.MaxASCII, unicode.MaxLatin1)
	// count categories in a sentence
	text := "Hello, World! 123 Ünïcödé — ok?"
	var letters, digits, spaces, puncts, upper int
	for _, r := range text {
		switch {
		case unicode.IsLetter(r):
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		case unicode.IsDigit(r):
			digits++
		case unicode.IsSpace(r):
			spaces++
		case unicode.IsPunct(r):
			puncts++
		}
	}
	fmt.Println(letters, digits, spaces, puncts, upper)
	// swap case
	out := []rune{}
	for _, r := range "Go Is FUN, ça va?" {
		if unicode.IsUpper(r) {
			out = append(out, unicode.ToLower(r))
		} else {
			out = append(out, unicode.ToUpper(r))
		}
	}
	fmt.Println(string(out))
}
