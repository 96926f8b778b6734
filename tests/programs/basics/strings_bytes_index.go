package main

import "fmt"

func main() {
	s := "Go❤️ café"
	fmt.Println(len(s))
	// indexing yields bytes
	for i := 0; i < len(s); i++ {
		fmt.Printf("%d:%02x ", i, s[i])
	}
	fmt.Println()
	fmt.Printf("%T %v %c\n", s[0], s[0], s[1])
	// slicing by byte offsets
	fmt.Println(s[:2], s[2:5], s[len(s)-5:])
	// slicing in the middle of a rune gives invalid UTF-8 bytes
	mid := s[2:3]
	fmt.Println(len(mid), []byte(mid), []rune(mid))
	// strings are immutable; copy into []byte to modify
	bs := []byte("hello")
	bs[0] -= 32
	fmt.Println(string(bs))
	// byte arithmetic for letters
	word := "Gopher"
	shifted := make([]byte, len(word))
	for i := 0; i < len(word); i++ {
		c := word[i]
		switch {
		case c >= 'a' && c <= 'z':
			shifted[i] = 'a' + (c-'a'+13)%26
		case c >= 'A' && c <= 'Z':
			shifted[i] = 'A' + (c-'A'+13)%26
		default:
			shifted[i] = c
		}
	}
	fmt.Println(string(shifted))
	// counting bytes vs runes
	count := 0
	for range s {
		count++
	}
	fmt.Println("runes:", count, "bytes:", len(s))
	// comparing with a byte literal
	vowels := 0
	for i := 0; i < len(word); i++ {
		switch word[i] {
		case 'a', 'e', 'i', 'o', 'u':
			vowels++
		}
	}
	fmt.Println("vowels:", vowels)
	// empty and single char strings
	e := ""
	fmt.Println(len(e), e == "", "x"[0], "xyz"[1:2], "xyz"[3:])
	// multi-line raw strings keep backslashes and newlines
	raw := `a\nb
c`
	fmt.Println(len(raw), raw)
	// reversing bytes breaks multibyte chars; reversing runes doesn't
	r := []rune("añb")
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	fmt.Println(string(r))
}
