package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "aé世😀"
	for i, r := range s {
		fmt.Printf("%d %q %U %d\n", i, r, r, utf8.RuneLen(r))
	}
	// range over invalid UTF-8 yields U+FFFD with width 1
	bad := "a\xffb\xe4\xb8c"
	for i, r := range bad {
		fmt.Printf("%d:%U ", i, r)
	}
	fmt.Println()
	fmt.Println(utf8.ValidString(s), utf8.ValidString(bad), utf8.RuneCountInString(bad))
	// key only
	idx := []int{}
	for i := range s {
		idx = append(idx, i)
	}
	fmt.Println(idx)
	// value only via blank
	var sum rune
	for _, r := range "abc" {
		sum += r
	}
	fmt.Println(sum)
	// []rune conversion replaces invalid bytes too
	fmt.Println([]rune(bad))
	// a truncated 4-byte sequence
	t := "😀"[:3]
	for i, r := range t {
		fmt.Print(i, " ", r == utf8.RuneError, "; ")
	}
	fmt.Println()
	// the encoded RuneError itself is valid
	fmt.Println(utf8.ValidString("\uFFFD"), len("\uFFFD"))
	// surrogate halves encoded directly are invalid
	sur := "\xed\xa0\x80"
	n := 0
	for range sur {
		n++
	}
	fmt.Println("surrogate iterations:", n)
	// counting letters by rune
	counts := map[rune]int{}
	for _, r := range "mississippi🙂🙂" {
		counts[r]++
	}
	fmt.Println(counts)
	// converting rune positions
	word := "naïve"
	for i, r := range word {
		if r == 'ï' {
			fmt.Println("found at byte", i, "next byte", i+utf8.RuneLen(r), word[i+utf8.RuneLen(r):])
		}
	}
}
