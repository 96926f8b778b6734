package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "the quick brown fox jumps over the lazy dog"
	fmt.Println(strings.Contains(s, "fox"), strings.Contains(s, "cat"), strings.Contains(s, ""))
	fmt.Println(strings.ContainsAny(s, "xyz"), strings.ContainsAny(s, "QZ"), strings.ContainsRune(s, 'q'))
	fmt.Println(strings.Index(s, "the"), strings.LastIndex(s, "the"), strings.Index(s, "cat"))
	fmt.Println(strings.IndexByte(s, 'q'), strings.IndexRune("héllo", 'l'), strings.IndexAny(s, "zyx"))
	fmt.Println(strings.LastIndexAny(s, "aeiou"), strings.LastIndexByte(s, 'o'))
	fmt.Println(strings.IndexFunc(s, func(r rune) bool { return r > 'w' }))
	fmt.Println(strings.LastIndexFunc(s, func(r rune) bool { return r == ' ' }))
	fmt.Println(strings.HasPrefix(s, "the "), strings.HasSuffix(s, "dog"), strings.HasPrefix(s, ""))
	fmt.Println(strings.Count(s, "o"), strings.Count(s, "the"), strings.Count("five", ""))
	fmt.Println(strings.Index("", ""), strings.Index("abc", ""), strings.LastIndex("abc", ""))
	// Cut, CutPrefix, CutSuffix
	before, after, found := strings.Cut("key=value=more", "=")
	fmt.Printf("%q %q %v\n", before, after, found)
	before, after, found = strings.Cut("novalue", "=")
	fmt.Printf("%q %q %v\n", before, after, found)
	rest, ok := strings.CutPrefix("prefix-body", "prefix-")
	fmt.Println(rest, ok)
	rest, ok = strings.CutSuffix("file.tar.gz", ".gz")
	fmt.Println(rest, ok)
	rest, ok = strings.CutSuffix("file.txt", ".gz")
	fmt.Println(rest, ok)
	// EqualFold and Compare
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("straße", "STRASSE"), strings.EqualFold("σ", "Σ"))
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	// unicode positions are byte offsets
	u := "日本語のテキスト"
	i := strings.Index(u, "テ")
	fmt.Println(i, u[i:], len(u[:i]))
	// find all occurrences
	var positions []int
	for off := 0; ; {
		j := strings.Index(s[off:], "o")
		if j < 0 {
			break
		}
		positions = append(positions, off+j)
		off += j + 1
	}
	fmt.Println(positions)
}
