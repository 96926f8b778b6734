package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "oink oink oink"
	fmt.Println(strings.Replace(s, "k", "ky", 2))
	fmt.Println(strings.Replace(s, "oink", "moo", -1))
	fmt.Println(strings.ReplaceAll(s, "o", "0"))
	fmt.Println(strings.Replace(s, "", "-", 3))
	fmt.Println(strings.ReplaceAll("abc", "", "|"))
	fmt.Println(strings.Replace(s, "x", "y", -1))
	// Replacer replaces several patterns in one pass
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("<a href=\"x\">Tom & Jerry</a>"))
	// patterns are tried in argument order at each position
	r2 := strings.NewReplacer("a", "1", "aa", "2", "aaa", "3")
	fmt.Println(r2.Replace("aaaa"))
	r3 := strings.NewReplacer("aaa", "3", "aa", "2", "a", "1")
	fmt.Println(r3.Replace("aaaa"))
	// swapping words works because the replacement is not rescanned
	swap := strings.NewReplacer("cat", "dog", "dog", "cat")
	fmt.Println(swap.Replace("the cat chased the dog"))
	// single-byte replacer
	bytesR := strings.NewReplacer("a", "4", "e", "3", "o", "0")
	fmt.Println(bytesR.Replace("leet speak is cool"))
	// template substitution
	tmpl := "Hello {name}, you are {age} years old. Bye {name}!"
	vars := map[string]string{"name": "Ann", "age": "31"}
	var pairs []string
	for _, k := range []string{"name", "age"} {
		pairs = append(pairs, "{"+k+"}", vars[k])
	}
	fmt.Println(strings.NewReplacer(pairs...).Replace(tmpl))
	// WriteString on a replacer
	var sb strings.Builder
	n, err := r.WriteString(&sb, "1 < 2 & 3 > 2")
	fmt.Println(sb.String(), n, err)
}
