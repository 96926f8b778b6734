package main

import (
	"fmt"
	"math/rand"
	"regexp"
	"strings"
)

func main() {
	r := rand.New(rand.NewSource(99))
	pieces := []string{"a", "b", "(", ")", "[", "]", "^", "-", "\\", "*", "+", "?", "{", "}", ",", "1", "2", "0", "|", ".", "$",
		"(?", "P<", "<", ">", "i", "s", "m", "U", ":", "=", "!", "\\d", "\\p", "{L}", "\\x", "\\Q", "\\E", "[:", ":]", "alpha", "\\b", "\\z", "é", "\\n", "3}", "{2,", "\\8", "\\07", "[^", "\\pL", "\\P{Greek}", "(?i)", "(?-s)", "{1000}", "{1001}", "\\x{", "\\x{41}", "[[:^", "word:]", "a-z", "z-a", "\\-", "\\]", "(?U)", "??", "*?", "{0}", "(?:", "\\A", "\\B", "\\S", "\\W", "\\D", "K", "k", "\\x{212A}", "[k]", "(?i)[^k]", "\\pN", "\\Q*", "\\C", "(?P<n>", "(?<m>"}
	for i := 0; i < 1500; i++ {
		var sb strings.Builder
		for k := r.Intn(8); k >= 0; k-- {
			sb.WriteString(pieces[r.Intn(len(pieces))])
		}
		p := sb.String()
		re, err := regexp.Compile(p)
		if err != nil {
			fmt.Printf("%q %v\n", p, err)
			continue
		}
		s := "ab1é-[a]{2}\n:xbKk\u212a_AZ"
		fmt.Printf("%q ok %d %v %v\n", p, re.NumSubexp(), re.FindAllStringSubmatchIndex(s, -1), re.SubexpNames())
	}
}
