// Exercises the strings natives with edge cases: empty separators,
// invalid UTF-8, special casing and the n rules of SplitN/Replace.
package main

import (
	"fmt"
	"strings"
)

func show(parts []string) {
	fmt.Printf("%d %q %#v\n", len(parts), parts, parts)
}

func main() {
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.Count("héé", ""), strings.Count("aaaa", "aa"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("K", "\u212A"), strings.EqualFold("ß", "SS"), strings.EqualFold("", ""))
	show(strings.Fields("  foo bar\tbaz\n\u00a0qux\u2003 "))
	show(strings.Fields("   "))
	show(strings.Fields(""))
	show(strings.Fields("a\xffb c"))
	fmt.Println(strings.Index("chicken", "ken"), strings.Index("chicken", "dmr"), strings.Index("x", ""), strings.Index("", ""))
	long := strings.Repeat("ab", 40) + "needle-that-is-longer-than-32-bytes!" + "zz"
	fmt.Println(strings.Index(long, "needle-that-is-longer-than-32-bytes!"), strings.LastIndex(long, "ab"))
	fmt.Println(strings.IndexAny("golang", "y"), strings.IndexAny("golang", "nl"), strings.IndexAny("a\xffb", "\ufffd"), strings.IndexAny("", "a"))
	fmt.Println(strings.IndexByte("golang", 'g'), strings.IndexByte("golang", 'x'), strings.LastIndexByte("golang", 'g'))
	fmt.Println(strings.IndexRune("chicken", 'k'), strings.IndexRune("a\xffb", '\ufffd'), strings.IndexRune("abc", -1), strings.IndexRune("日本語", '語'))
	fmt.Println(strings.LastIndex("go gopher", "go"), strings.LastIndex("go", ""), strings.LastIndex("x", "xyz"))
	fmt.Println(strings.LastIndexAny("go gopher", "ordent"), strings.LastIndexAny("日本語", "本"), strings.LastIndexAny("abc", ""))
	fmt.Printf("%q\n", strings.Join([]string{"a", "b", "c"}, ", "))
	fmt.Printf("%q %q\n", strings.Join(nil, "x"), strings.Join([]string{"solo"}, "-"))
	fmt.Printf("%q %q %q\n", strings.Repeat("na", 3), strings.Repeat("", 5), strings.Repeat("x", 0))
	fmt.Printf("%q\n", strings.Replace("oink oink oink", "k", "ky", 2))
	fmt.Printf("%q\n", strings.Replace("oink oink oink", "oink", "moo", -1))
	fmt.Printf("%q\n", strings.Replace("héllo", "", "-", -1))
	fmt.Printf("%q\n", strings.Replace("abc", "", "<>", 2))
	fmt.Printf("%q\n", strings.ReplaceAll("aaa", "a", "aa"))
	show(strings.SplitN("a,b,c,d", ",", 2))
	show(strings.SplitN("a,b,c,d", ",", 0))
	show(strings.SplitN("a,b,c,d", ",", -1))
	show(strings.SplitN("héllo", "", 3))
	show(strings.SplitN("a\xffb", "", -1))
	show(strings.Split("", ","))
	show(strings.Split("abc", "abc"))
	show(strings.SplitAfterN("a,b,c", ",", 2))
	show(strings.SplitAfter("a,b,c,", ","))
	fmt.Printf("%q %q\n", strings.ToUpper("héllo wörld ß ǆ"), strings.ToLower("HÉLLO İ Σ"))
	fmt.Printf("%q %q\n", strings.ToTitle("ǆemal loud"), strings.ToUpper("a\xffb"))
	fmt.Printf("%q %q\n", strings.ToLower("ABC"), strings.ToUpper("already UP"))
	fmt.Printf("%q %q %q\n", strings.Trim("¡¡¡Hello, Gophers!!!", "!¡"), strings.Trim("xx", "x"), strings.Trim("abc", ""))
	fmt.Printf("%q %q\n", strings.TrimLeft("¡¡¡Hello!!!", "!¡"), strings.TrimRight("¡¡¡Hello!!!", "!¡"))
	fmt.Printf("%q %q\n", strings.TrimSpace(" \t\n Hello, Gophers \n\t\r\n"), strings.TrimSpace("\u2003 wide \u00a0"))
	fmt.Printf("%q %q\n", strings.TrimSpace("   "), strings.TrimLeft("aab", "a\xff"))
	fmt.Println(strings.Contains("seafood", "foo"), strings.HasPrefix("golang", "go"), strings.HasSuffix("golang", "ng"))
	fmt.Println(strings.ContainsAny("failure", "ui"), strings.ContainsRune("abc", 'c'), strings.Compare("a", "b"))
}
