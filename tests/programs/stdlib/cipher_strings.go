package main

import (
	"fmt"
	"strings"
	"unicode"
)

func caesar(s string, shift int) string {
	shift = (shift%26 + 26) % 26
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+rune(shift))%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+rune(shift))%26
		}
		return r
	}, s)
}

func vigenere(s, key string, decrypt bool) string {
	var sb strings.Builder
	ki := 0
	for _, r := range s {
		if !unicode.IsLetter(r) || r > unicode.MaxASCII {
			sb.WriteRune(r)
			continue
		}
		k := rune(unicode.ToLower(rune(key[ki%len(key)])) - 'a')
		if decrypt {
			k = 26 - k
		}
		base := 'a'
		if unicode.IsUpper(r) {
			base = 'A'
		}
		sb.WriteRune(base + (r-base+k)%26)
		ki++
	}
	return sb.String()
}

func isPalindrome(s string) bool {
	var rs []rune
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			rs = append(rs, r)
		}
	}
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		if rs[i] != rs[j] {
			return false
		}
	}
	return true
}

func anagramKey(s string) string {
	counts := [26]int{}
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' {
			counts[r-'a']++
		}
	}
	return fmt.Sprint(counts)
}

func main() {
	msg := "Attack at Dawn! Zebra-123"
	enc := caesar(msg, 3)
	fmt.Println(enc, "|", caesar(enc, -3), "|", caesar(msg, 29) == enc)
	v := vigenere(msg, "LEMON", false)
	fmt.Println(v, "|", vigenere(v, "LEMON", true))
	for _, s := range []string{"A man, a plan, a canal: Panama", "hello", "Was it a car or a cat I saw?", "été"} {
		fmt.Printf("%q %v\n", s, isPalindrome(s))
	}
	groups := map[string][]string{}
	for _, w := range strings.Fields("listen silent enlist google elgoog tinsel banana inlets") {
		k := anagramKey(w)
		groups[k] = append(groups[k], w)
	}
	n := 0
	for _, g := range groups {
		if len(g) > 1 {
			n++
		}
	}
	fmt.Println(len(groups), n, groups[anagramKey("listen")])
}
