package main

import (
	"fmt"
	"regexp"
	"strings"
)

var patterns = []string{
	`a`, `abc`, `a*`, `a+`, `a?`, `a*?`, `a+?`, `a??`, `(a*)*`, `(a*)+`, `(a|b)*`, `(a+|b+)*`, `(a*|b)*`,
	`.`, `.*`, `.+`, `(?s).`, `(?s).*`, `^`, `$`, `^$`, `^a`, `a$`, `(?m)^a`, `(?m)a$`, `(?m)^$`, `\Aa`, `a\z`,
	`\b`, `\B`, `\bfoo\b`, `\Bo\B`, `\d+`, `\D+`, `\s+`, `\S+`, `\w+`, `\W+`, `[a-c]+`, `[^a-c]+`, `[a\-z]`,
	`[]a]`, `[^]a]`, `[-a]`, `[a-]`, `[[:alpha:]]+`, `[[:^digit:]]+`, `[[:space:]x]+`, `[\d\s]+`, `[^\D]+`,
	`\pL+`, `\p{Greek}+`, `\PL+`, `\p{^L}+`, `[\p{Lu}]+`, `\p{Nd}`, `(?i)abc`, `(?i)[a-c]+`, `(?i)k`, `(?i)\W`,
	`(?i)[^k]`, `(?i:a)b`, `a(?i)b|c`, `(?U)a+`, `(?U)a+?`, `(?-i)a`, `x{2}`, `x{2,}`, `x{2,3}`, `x{0,2}`,
	`x{0}`, `(x){2,3}`, `(x|y){2,}?`, `a{`, `a{,2}`, `a{1,x}`, `a{01}`, `(?:ab)+`, `(a)(b)?(c)`, `(a)|(b)`,
	`(?P<first>\w+) (?P<last>\w+)`, `(?<year>\d{4})-(?<month>\d\d)`, `((a)|b)+`, `(a|ab)(c|bcd)(d*)`,
	`(a+)(b+)?`, `x*y*z*`, `[\x41-\x43]+`, `\x{263a}`, `\141`, `\0`, `\Q.*\E+`, `a\.b`, `\$\^`, `\n`, `\t+`,
	`(|a)+`, `(a|)+`, `(|a)*`, `(?:|a)*?`, `()`, `(()|a)+`, `(a?)*`, `(a?)+?`, `[a-z]+@[a-z]+\.com`,
	`\\`, `\/`, `[\]]`, `[\\]`, `[a-z&&[^b]]`, `é+`, `[é-ü]+`, `(?i)É`, `日本`, `[日本]+`, `.{3}`,
	`(foo|foobar)`, `(foobar|foo)`, `(a+)+b`, `(x+x+)+y`, `(?i)straße`, `(?s)a.b`, `a.b`, `\Bb\B`,
}

var inputs = []string{
	"", "a", "aaa", "ab", "ba", "abc", "ABC", "aAbBcC", "xyz", "xxx", "xxxx", "x y", "foo bar", "foobar",
	"a\nb", "\na\n", "a\n", "foo foo.foo", "Kelvin K", "hello, world 42!", "123 abc 456", "αβγ ΔΕ", "日本語",
	"été über", "John Smith", "2024-05-17", "user@example.com", "abcd", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaac",
	"tab\there", "a$^b", "\\/", "]]a", "-a-", "éÉ", "xyxyx", "STRASSE straße",
}

func main() {
	for _, p := range patterns {
		re, err := regexp.Compile(p)
		if err != nil {
			fmt.Printf("%q: error %v\n", p, err)
			continue
		}
		prefix, complete := re.LiteralPrefix()
		fmt.Printf("%q: subexp=%d names=%q prefix=%q %v\n", p, re.NumSubexp(), re.SubexpNames(), prefix, complete)
		for _, in := range inputs {
			fmt.Printf("  %q match=%v idx=%v sub=%v all=%q allidx=%v\n", in, re.MatchString(in),
				re.FindStringIndex(in), re.FindStringSubmatchIndex(in), re.FindAllString(in, -1),
				re.FindAllStringSubmatchIndex(in, -1))
		}
	}
	// Catastrophic for backtracking engines; linear here.
	re := regexp.MustCompile(`(a*)*b`)
	fmt.Println(re.MatchString(strings.Repeat("a", 5000)))
	re = regexp.MustCompile(`(x+x+)+y`)
	fmt.Println(re.FindStringIndex(strings.Repeat("x", 3000)))
}
