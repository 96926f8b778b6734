package main

import "fmt"

func main() {
	s := "héllo, 世界"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(len(s), len(b), len(r))
	fmt.Println(b[:4])
	fmt.Println(r[:4])
	fmt.Println(string(b[1:3]), string(r[1]), string(r[7:]))

	// modifying the byte slice does not change the string
	b[0] = 'H'
	fmt.Println(s, string(b))
	r[8] = '!'
	fmt.Println(string(r))

	// string(rune) yields UTF-8; invalid code points become U+FFFD
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)), string(rune(0x10FFFF+1)) == "\uFFFD")
	fmt.Println(string(rune(0xD800)) == "\uFFFD")

	// []byte <-> string round trips, including invalid UTF-8
	raw := []byte{0xff, 'a', 0xc3}
	rs := string(raw)
	fmt.Println(len(rs), []byte(rs), []rune(rs))

	// building strings from runes and bytes
	var runes []rune
	for c := 'a'; c <= 'e'; c++ {
		runes = append(runes, c-32)
	}
	fmt.Println(string(runes))
	bs := make([]byte, 0, 10)
	for i := 0; i < 5; i++ {
		bs = append(bs, byte('0'+i))
	}
	bs = append(bs, "xyz"...)
	fmt.Println(string(bs), len(bs))

	// named string and byte types
	type Name string
	type Bytes []byte
	n := Name("gopher")
	bb := Bytes(n)
	fmt.Println(n, bb, string(bb), Name(bb[:3]))

	// copy from a string into a byte slice
	buf := make([]byte, 4)
	k := copy(buf, "abcdefg")
	fmt.Println(k, string(buf))

	// empty conversions
	fmt.Println(len(string([]byte{})), []byte("") != nil, len([]rune("")))
	var nb []byte
	fmt.Println(string(nb) == "")

	// comparing strings is bytewise
	fmt.Println("a" < "b", "Z" < "a", "é" > "z", "abc" < "abd", "ab" < "abc")
	// string concatenation in a loop
	acc := ""
	for i := 3; i > 0; i-- {
		acc += string(rune('0'+i)) + "-"
	}
	fmt.Println(acc)
}
