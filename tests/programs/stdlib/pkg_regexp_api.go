package main

import (
	"fmt"
	"regexp"
	"strings"
)

func main() {
	bad := []string{`(unclosed`, `a)`, `)`, `(a))`, `[a-z`, `[z-a]`, `[]`, `[^]`, `*a`, `a**`, `a*+`, `a+?+`, `a{2}{3}`, `a{2}*`,
		`(*)`, `|*`, `a|*`, `x{1001}`, `x{2,1}`, `x{1000}`, `(x{500}){3}`, `(?P<>a)`, `(?P<a-b>x)`, `(?P<a>x)(?P<a>y)`, `(?P<name`,
		`(?P=name)`, `(?z)`, `(?i`, `(?-)`, `(?i-)`, `(?)`, `(?i-s:a)`, `(?:a`, `\q`, `\1`, `\8`, `a\`, `\x{110000}`, `\xZZ`, `\x{zz}`,
		`\x{12`, `\x`, `\xa`, `\pX`, `\p{Foo}`, `\p{`, `[[:foo:]]`, `[[:alpha:]`, `\Z`, `\C`, `(?<n>a)(?<n>b)`, `\e`, `[a-\d]`, `\c`,
		`a{1,1001}`, `(?P<x>`, "\xff", `(?<1a>x)`, `((((a))))`, `(?i)(?-i)a`, `a{1000}`, `(?:(?:a){100}){10}`, `(?:a{100}){11}`,
	}
	for _, p := range bad {
		_, err := regexp.Compile(p)
		fmt.Printf("%q -> %v\n", p, err)
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		regexp.MustCompile(`a(b`)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		regexp.MustCompile("`(")
	}()
	fmt.Println(regexp.QuoteMeta(`1+1=2? [x] {y} (z) a|b ^$ \. *`))
	fmt.Println(regexp.MatchString(`^[A-Z][a-z]+$`, "Gopher"))
	fmt.Println(regexp.MatchString(`(`, "x"))
	fmt.Println(regexp.Match(`b+`, []byte("abbbc")))
	fmt.Println(regexp.MatchReader(`c$`, strings.NewReader("abc")))

	re := regexp.MustCompile(`(?P<key>\w+)=(?P<val>\w*)`)
	src := "a=1, bb=22, c=, d=4"
	fmt.Println(re.String(), re.NumSubexp(), re.SubexpNames(), re.SubexpIndex("val"), re.SubexpIndex("nope"), re.SubexpIndex(""))
	fmt.Printf("%q\n", re.FindStringSubmatch(src))
	fmt.Printf("%q\n", re.FindAllStringSubmatch(src, -1))
	fmt.Printf("%q\n", re.FindAllStringSubmatch(src, 2))
	fmt.Printf("%q\n", re.FindAllString(src, 0))
	fmt.Println(re.FindAllStringSubmatchIndex(src, -1))
	fmt.Println(regexp.MustCompile(`(?P<x>a)(?P<x>b)`).ReplaceAllString("ab", "[$x]"), regexp.MustCompile(`(?P<x>a)(?P<x>b)`).SubexpIndex("x"))
	for _, t := range []string{"$val:$key", "${val}x", "$valx", "$1-$2", "${1}x", "$1x", "$$", "$", "${", "${key", "$3", "$0", "${0}", "$-", "$key$", "$ö", "$00001", "$1_"} {
		fmt.Printf("%q -> %q\n", t, re.ReplaceAllString(src, t))
	}
	fmt.Println(re.ReplaceAllLiteralString(src, "$1"))
	fmt.Println(re.ReplaceAllStringFunc(src, strings.ToUpper))
	fmt.Printf("%s\n", re.ReplaceAll([]byte(src), []byte("<$2>")))
	fmt.Printf("%s\n", re.ReplaceAllLiteral([]byte(src), []byte("<$2>")))
	fmt.Printf("%s\n", re.ReplaceAllFunc([]byte(src), func(b []byte) []byte { return append(append([]byte("["), b...), ']') }))
	m := re.FindStringSubmatchIndex(src)
	fmt.Printf("%s\n", re.ExpandString(nil, "val=$val key=${key}", src, m))
	fmt.Printf("%s\n", re.Expand([]byte("pre:"), []byte("$2$1"), []byte(src), m))

	for _, c := range []struct{ pat, src, repl string }{
		{`a*`, "baaac", "X"}, {`a*`, "", "X"}, {`x*`, "abc", "-"}, {``, "abc", "-"}, {`b*`, "abc", "X"},
		{`(a|ab)*`, "abab", "<$0>"}, {`\b`, "hi there", "|"}, {`$`, "a\nb", "E"}, {`(?m)$`, "a\nb\n", "E"},
		{`(?m)^`, "a\nb\n", "> "}, {`é?`, "aéb", "."}, {`\s+`, "  a  b  ", " "},
	} {
		r := regexp.MustCompile(c.pat)
		fmt.Printf("%q %q -> %q %q\n", c.pat, c.src, r.ReplaceAllString(c.src, c.repl), r.FindAllStringIndex(c.src, -1))
	}
	for _, c := range []struct {
		pat, s string
		n      int
	}{
		{`,`, "a,b,c", -1}, {`,`, "a,b,c", 2}, {`,`, "a,b,c", 0}, {`,`, "", -1}, {``, "", -1}, {``, "abc", -1},
		{`a*`, "abaabaccadaaae", 5}, {`a*`, "abaabaccadaaae", -1}, {`x*`, "xaxbx", -1}, {`\s*`, " a b ", -1},
		{`,`, ",a,", -1}, {`b`, "b", -1}, {`(,)`, "1,2", 1},
	} {
		fmt.Printf("split %q %q %d -> %q\n", c.pat, c.s, c.n, regexp.MustCompile(c.pat).Split(c.s, c.n))
	}
	b := []byte("foo1 bar22 baz333")
	d := regexp.MustCompile(`[a-z]+(\d+)`)
	fmt.Printf("%s %v %q %v\n", d.Find(b), d.FindIndex(b), d.FindSubmatch(b), d.FindSubmatchIndex(b))
	fmt.Printf("%q %v %q %v\n", d.FindAll(b, -1), d.FindAllIndex(b, 2), d.FindAllSubmatch(b, -1), d.FindAllSubmatchIndex(b, -1))
	fmt.Println(d.Match(b), d.Find([]byte("none")) == nil, d.FindSubmatch([]byte("x")) == nil, d.FindAll([]byte("x"), -1) == nil)
	fmt.Println(d.FindReaderIndex(strings.NewReader("xx7 ab12")), d.FindReaderSubmatchIndex(strings.NewReader("ab12")), d.MatchReader(strings.NewReader("q")))
	opt := regexp.MustCompile(`(a)|(b)`)
	fmt.Printf("%q %v\n", opt.FindStringSubmatch("b"), opt.FindSubmatch([]byte("b"))[1] == nil)

	l := regexp.MustCompile(`a(|b)`)
	fmt.Println(l.FindString("ab"))
	l.Longest()
	fmt.Println(l.FindString("ab"))
	p := regexp.MustCompilePOSIX(`a+|a+b`)
	fmt.Println(p.FindString("aab"), regexp.MustCompile(`a+|a+b`).FindString("aab"))
	txt, _ := d.MarshalText()
	fmt.Println(string(txt))
	var u regexp.Regexp
	fmt.Println(u.UnmarshalText([]byte(`x+`)), u.MatchString("axx"), u.UnmarshalText([]byte(`(`)))
	fmt.Println(regexp.MustCompile(`(\w+)@(\w+)\.com`).FindAllStringSubmatch("bob@example.com, alice@test.com", -1))
	ci := regexp.MustCompile(`(?i)go+gle`)
	fmt.Println(ci.FindAllString("Google GOOOGLE gogle", -1))
	fmt.Println(regexp.MustCompile(`^(\d{3})-(\d{4})$`).ReplaceAllString("555-1234", "($1) $2"))
	words := regexp.MustCompile(`\w+`)
	fmt.Println(len(words.FindAllString(strings.Repeat("word ", 2000), -1)))
}
