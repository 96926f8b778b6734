package main

import (
	"strings"
)

var corpus = []string{
	"", "a", "abc", "abcabc", "aaaa", "Hello, World", "  hi  there \t\n", "a,b,,c,", ",", ",,",
	"héllo wörld", "日本語テキスト", "日本日本", "ǅungla ǆ Ǆ", "ß straße STRASSE", "ſ s S", "K k K Å å Å",
	"İstanbul ıi", "σς Σ ΣΑΣ", "\xff", "a\xffb\xfe", "\xe2\x82", "\xe2\x82\xac€", "\xed\xa0\x80x",
	"\xc0\x80", "\xf4\x90\x80\x80", "\uFFFD\xff", "\u00a0x\u2003y\u0085z\u3000", "\v\f\r x",
	"ﬃ ﬀ", "ΐ ᾳ ᾼ", "ab\x00cd", "xXxXx", "Go Gopher gO", "abcdefghijklmnopqrstuvwxyz0123456789",
	"the quick brown fox jumps over the lazy dog", "aaa.bbb..ccc...",
}

var seps = []string{
	"", "a", "b", "ab", "abc", ",", ",,", " ", "  ", "x", "日本", "本", "\xff", "\uFFFD", "é", "ö",
	"ss", "S", "k", "\xe2", "\x82", ".", "..", "the", "o", "Σ", "\t\n ", "abcabc", "aaaa", "€",
}

var cutsets = []string{"", " ", "a", "ab", "ba,", " \t\n", "日", "日本", "\xff", "\uFFFD", "xX", "héo", "\u00a0\u3000 z", "abc\xff", ".", "\x00"}

func genStrings() {
	t := newTable("strings")
	for _, s := range corpus {
		t.row("ToUpper", h(s), h(strings.ToUpper(s)))
		t.row("ToLower", h(s), h(strings.ToLower(s)))
		t.row("ToTitle", h(s), h(strings.ToTitle(s)))
		t.row("TrimSpace", h(s), h(strings.TrimSpace(s)))
		t.row("Fields", h(s), hl(strings.Fields(s)))
		for _, n := range []int{-3, -1, 0, 1, 2, 3, 5, 100} {
			msg := catch(func() { strings.Repeat(s, n) })
			if msg != "" {
				t.row("Repeat", h(s), d(int64(n)), "!"+msg)
			} else {
				t.row("Repeat", h(s), d(int64(n)), h(strings.Repeat(s, n)))
			}
		}
		for _, b := range []byte{0, 'a', ',', ' ', 0xff, 0xe2, 0x82, '.'} {
			t.row("IndexByte", h(s), d(int64(b)), d(int64(strings.IndexByte(s, b))))
			t.row("LastIndexByte", h(s), d(int64(b)), d(int64(strings.LastIndexByte(s, b))))
		}
		for _, r := range []rune{0, 'a', 'b', ',', ' ', '日', '本', 0xFFFD, -1, 0xD800, 0x110000, 'é', 'ß', 'Σ', '€', 0x10FFFF} {
			t.row("IndexRune", h(s), d(int64(r)), d(int64(strings.IndexRune(s, r))))
			t.row("ContainsRune", h(s), d(int64(r)), bl(strings.ContainsRune(s, r)))
		}
		for _, c := range cutsets {
			t.row("Trim", h(s), h(c), h(strings.Trim(s, c)))
			t.row("TrimLeft", h(s), h(c), h(strings.TrimLeft(s, c)))
			t.row("TrimRight", h(s), h(c), h(strings.TrimRight(s, c)))
			t.row("IndexAny", h(s), h(c), d(int64(strings.IndexAny(s, c))))
			t.row("LastIndexAny", h(s), h(c), d(int64(strings.LastIndexAny(s, c))))
			t.row("ContainsAny", h(s), h(c), bl(strings.ContainsAny(s, c)))
		}
		for _, sep := range seps {
			t.row("Index", h(s), h(sep), d(int64(strings.Index(s, sep))))
			t.row("LastIndex", h(s), h(sep), d(int64(strings.LastIndex(s, sep))))
			t.row("Contains", h(s), h(sep), bl(strings.Contains(s, sep)))
			t.row("Count", h(s), h(sep), d(int64(strings.Count(s, sep))))
			t.row("HasPrefix", h(s), h(sep), bl(strings.HasPrefix(s, sep)))
			t.row("HasSuffix", h(s), h(sep), bl(strings.HasSuffix(s, sep)))
			t.row("TrimPrefix", h(s), h(sep), h(strings.TrimPrefix(s, sep)))
			t.row("TrimSuffix", h(s), h(sep), h(strings.TrimSuffix(s, sep)))
			t.row("Compare", h(s), h(sep), d(int64(strings.Compare(s, sep))))
			t.row("EqualFold", h(s), h(sep), bl(strings.EqualFold(s, sep)))
			for _, n := range []int{-1, 0, 1, 2, 3} {
				t.row("SplitN", h(s), h(sep), d(int64(n)), hl(strings.SplitN(s, sep, n)))
				t.row("SplitAfterN", h(s), h(sep), d(int64(n)), hl(strings.SplitAfterN(s, sep, n)))
			}
			for _, nw := range []string{"", "X", "<>", "日"} {
				for _, n := range []int{-1, 0, 1, 2} {
					t.row("Replace", h(s), h(sep), h(nw), d(int64(n)), h(strings.Replace(s, sep, nw, n)))
				}
			}
		}
	}
	// EqualFold on case-variant pairs.
	folds := []string{"Go", "GO", "go", "gO", "ß", "SS", "ſ", "s", "S", "K", "k", "K", "Σ", "σ", "ς", "ǅ", "ǆ", "Ǆ", "İ", "i", "ı", "I", "Å", "å", "Å", "\xff", "\uFFFD", "\xfe", "σς", "ΣΣ", "ab\xff", "AB\xfe", "ǄungLA", "ǆUNGla"}
	for _, a := range folds {
		for _, b := range folds {
			t.row("EqualFold", h(a), h(b), bl(strings.EqualFold(a, b)))
		}
	}
	joins := [][]string{nil, {}, {""}, {"a"}, {"a", "b"}, {"", ""}, {"日本", "\xff", "x"}}
	for _, j := range joins {
		for _, sep := range []string{"", ", ", "\xff"} {
			t.row("Join", hl(j), h(sep), h(strings.Join(j, sep)))
		}
	}
	t.save()
}
