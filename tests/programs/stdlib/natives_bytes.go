// Exercises the bytes natives: results that alias the argument (with
// Go's capacities), nil versus empty results, and fresh copies.
package main

import (
	"bytes"
	"fmt"
)

func show(name string, b []byte) {
	fmt.Printf("%s: %q len=%d cap=%d nil=%v\n", name, string(b), len(b), cap(b), len(b) == 0 && cap(b) == 0)
}

func showAll(name string, parts [][]byte) {
	fmt.Printf("%s: %d parts", name, len(parts))
	for i := 0; i < len(parts); i++ {
		fmt.Printf(" %q/%d", string(parts[i]), cap(parts[i]))
	}
	fmt.Println()
}

func main() {
	a := []byte("hello, world")
	fmt.Println(bytes.Compare(a, []byte("hello")), bytes.Compare(nil, []byte{}), bytes.Compare([]byte("a"), []byte("b")))
	fmt.Println(bytes.Count(a, []byte("o")), bytes.Count(a, nil), bytes.Count([]byte("日本"), []byte("")))
	fmt.Println(bytes.Equal(a, []byte("hello, world")), bytes.Equal(nil, []byte{}), bytes.Equal(a, nil))
	fmt.Println(bytes.EqualFold([]byte("Straße"), []byte("STRASSE")), bytes.EqualFold([]byte("Gö"), []byte("gÖ")))
	fmt.Println(bytes.Index(a, []byte("wor")), bytes.Index(a, []byte("xyz")), bytes.IndexAny(a, "wz"), bytes.IndexByte(a, ','))
	fmt.Println(bytes.IndexRune([]byte("chicken"), 'k'), bytes.IndexRune([]byte("a\xffb"), 0xFFFD), bytes.LastIndex(a, []byte("o")))
	fmt.Println(bytes.LastIndexAny(a, "lo"), bytes.LastIndexByte(a, 'l'), bytes.LastIndexAny([]byte("日本語"), "日"))

	buf := make([]byte, 0, 32)
	buf = append(buf, "  a bb\tccc  "...)
	showAll("Fields", bytes.Fields(buf))
	showAll("Fields empty", bytes.Fields([]byte("   ")))
	showAll("SplitN 2", bytes.SplitN([]byte("a,b,c"), []byte(","), 2))
	showAll("SplitN 0", bytes.SplitN([]byte("a,b,c"), []byte(","), 0))
	showAll("Split empty sep", bytes.Split([]byte("héllo"), nil))
	showAll("SplitAfter", bytes.SplitAfter([]byte("a,b,c"), []byte(",")))
	showAll("SplitAfterN", bytes.SplitAfterN([]byte("1-2-3-4"), []byte("-"), 3))

	show("Join", bytes.Join([][]byte{[]byte("x"), []byte("y"), []byte("z")}, []byte(", ")))
	show("Join none", bytes.Join(nil, []byte(",")))
	show("Join one", bytes.Join([][]byte{[]byte("solo")}, []byte(",")))
	show("Join one empty", bytes.Join([][]byte{{}}, []byte(",")))
	show("Repeat", bytes.Repeat([]byte("ab"), 3))
	show("Repeat 0", bytes.Repeat([]byte("ab"), 0))
	show("Replace", bytes.Replace([]byte("oink oink"), []byte("k"), []byte("ky"), -1))
	show("Replace none", bytes.Replace([]byte("abc"), []byte("x"), []byte("y"), -1))
	show("Replace empty", bytes.Replace(nil, []byte("x"), []byte("y"), -1))
	show("Replace n=0", bytes.Replace([]byte("aaa"), []byte("a"), []byte("b"), 0))
	show("ReplaceAll", bytes.ReplaceAll([]byte("héllo"), nil, []byte(".")))
	show("ToUpper", bytes.ToUpper([]byte("héllo ǆ")))
	show("ToLower", bytes.ToLower([]byte("HÉLLO")))
	show("ToTitle", bytes.ToTitle([]byte("ǆx")))

	t := make([]byte, 0, 20)
	t = append(t, "xxhixx"...)
	show("Trim", bytes.Trim(t, "x"))
	show("Trim all", bytes.Trim(t, "xhi"))
	show("Trim no cutset", bytes.Trim(t, ""))
	show("Trim nil", bytes.Trim(nil, "x"))
	show("TrimLeft", bytes.TrimLeft(t, "x"))
	show("TrimLeft all", bytes.TrimLeft(t, "xhi"))
	show("TrimRight", bytes.TrimRight(t, "x"))
	show("TrimRight all", bytes.TrimRight(t, "xhi"))
	show("TrimRight unicode", bytes.TrimRight([]byte("abc¡¡"), "¡"))
	show("TrimSpace", bytes.TrimSpace([]byte("  \t hi there \n")))
	show("TrimSpace all", bytes.TrimSpace([]byte(" \u00a0 ")))
	show("TrimSpace unicode", bytes.TrimSpace([]byte("\u2003wide\u2003")))

	// Subslices share the argument's array.
	w := []byte("one two")
	f := bytes.Fields(w)
	f[1][0] = 'T'
	fmt.Println(string(w))
	tr := bytes.TrimSpace(w[3:])
	tr[0] = 'W'
	fmt.Println(string(w))
	fmt.Println(bytes.Contains(w, []byte("Wwo")), bytes.HasPrefix(w, []byte("one")))
}
