package main

import (
	"fmt"
	"regexp"
	"strings"
)

func main() {
	re := regexp.MustCompile(`(\w+)@(\w+)\.com`)
	text := "contact: ann@example.com, bob@test.com; invalid: joe@nowhere"
	fmt.Println(re.MatchString(text))
	fmt.Println(re.FindString(text))
	fmt.Printf("%q\n", re.FindAllString(text, -1))
	fmt.Printf("%q\n", re.FindStringSubmatch(text))
	for _, m := range re.FindAllStringSubmatch(text, -1) {
		fmt.Println("user:", m[1], "domain:", m[2])
	}
	fmt.Println(re.FindStringIndex(text))
	fmt.Println(re.ReplaceAllString(text, "<$2:$1>"))
	fmt.Println(re.NumSubexp())
	digits := regexp.MustCompile(`\d+`)
	fmt.Println(digits.ReplaceAllStringFunc("a1b22c333", func(s string) string { return strings.Repeat("#", len(s)) }))
	fmt.Printf("%q\n", digits.Split("a1b22c333d", -1))
	named := regexp.MustCompile(`(?P<year>\d{4})-(?P<month>\d{2})`)
	m := named.FindStringSubmatch("released 2024-06")
	for i, name := range named.SubexpNames() {
		if name != "" {
			fmt.Println(name, "=", m[i])
		}
	}
	_, err := regexp.Compile(`(unclosed`)
	fmt.Println(err)
	ok, _ := regexp.MatchString(`^[A-Z][a-z]+$`, "Gopher")
	fmt.Println(ok)
	fmt.Println(regexp.QuoteMeta("1+1=2?"))
	ci := regexp.MustCompile(`(?i)go+gle`)
	fmt.Println(ci.FindAllString("Google GOOOGLE gogle ggle", -1))
}
