package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"3.14", "-0.5", "1e10", "1E-3", ".5", "5.", "inf", "-Inf", "NaN", "0x1p-2", "1_000.5", "abc", "", "1e400", "-1e400", "1e-400"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Printf("ParseFloat(%q) = %v, %v\n", s, f, err)
	}
	f32, err := strconv.ParseFloat("0.1", 32)
	fmt.Println(f32, err, float32(f32) == float32(0.1))
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(3.14159, 'e', 3, 64), strconv.FormatFloat(3.14159, 'g', -1, 64))
	fmt.Println(strconv.FormatFloat(1e21, 'f', -1, 64), strconv.FormatFloat(0.1, 'f', -1, 32), strconv.FormatFloat(0.1, 'f', 20, 64))
	fmt.Println(strconv.FormatFloat(123456789, 'E', -1, 64), strconv.FormatFloat(-0.0, 'g', -1, 64), strconv.FormatFloat(2.5, 'b', -1, 64))
	fmt.Println(strconv.FormatFloat(1.0, 'x', -1, 64), strconv.FormatFloat(255, 'G', 3, 64))
	// ParseBool
	for _, s := range []string{"true", "T", "1", "FALSE", "f", "0", "yes", "True", "tRuE"} {
		b, err := strconv.ParseBool(s)
		fmt.Printf("%q:%v:%v ", s, b, err != nil)
	}
	fmt.Println()
	fmt.Println(strconv.FormatBool(true), strconv.FormatBool(false))
	// Quote family
	fmt.Println(strconv.Quote("hello\n\"world\"\t\x00é😀"))
	fmt.Println(strconv.QuoteToASCII("é😀\u200b"))
	fmt.Println(strconv.QuoteToGraphic("tab\t\u00a0"))
	fmt.Println(strconv.QuoteRune('x'), strconv.QuoteRune('\n'), strconv.QuoteRuneToASCII('世'))
	fmt.Println(strconv.Quote("\xff"))
	for _, q := range []string{`"abc"`, `"a\tb\u00e9"`, "`raw\\n`", `'x'`, `"unterminated`, `abc`, `"\q"`} {
		s, err := strconv.Unquote(q)
		fmt.Printf("Unquote(%s) = %q, %v\n", q, s, err)
	}
	r, mb, tail, err := strconv.UnquoteChar(`\u00e9rest`, '"')
	fmt.Println(string(r), mb, tail, err)
	fmt.Println(strconv.IsPrint('a'), strconv.IsPrint('\u200b'), strconv.CanBackquote("a`b"), strconv.CanBackquote("ab"))
	fmt.Println(strconv.IntSize)
}
