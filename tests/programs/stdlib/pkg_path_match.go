package main

import (
	"fmt"
	"path"
	"path/filepath"
)

func main() {
	paths := []string{"", ".", "..", "/", "//", "a", "a/", "/a", "a/b", "a//b", "a/./b", "a/../b", "../a", "/../a", "a/b/..",
		"a/b/../..", "a/b/../../..", "/a/b/../../..", "./", "./a/", "abc.def/ghi", "x.tar.gz", ".hidden", "a/b.c/", "a/.b",
		"/usr/local//bin/", "..a/b..", "a/...", "././..", "foo/bar/../../../baz", "é/ü.txt"}
	for _, p := range paths {
		d, f := path.Split(p)
		fmt.Printf("%q clean=%q base=%q dir=%q ext=%q abs=%v split=%q,%q\n", p, path.Clean(p), path.Base(p), path.Dir(p), path.Ext(p), path.IsAbs(p), d, f)
		fd, ff := filepath.Split(p)
		fmt.Printf("  fp clean=%q base=%q dir=%q ext=%q abs=%v split=%q,%q local=%v vol=%q slash=%q\n", filepath.Clean(p), filepath.Base(p), filepath.Dir(p), filepath.Ext(p), filepath.IsAbs(p), fd, ff, filepath.IsLocal(p), filepath.VolumeName(p), filepath.ToSlash(p))
	}
	joins := [][]string{{}, {""}, {"", ""}, {"a"}, {"a", "b"}, {"a", ""}, {"", "b"}, {"/", "a"}, {"a/", "/b/"}, {"a", "..", "..", "c"}, {"/x", "../../y"}, {".", "."}}
	for _, j := range joins {
		fmt.Printf("join %q = %q %q\n", j, path.Join(j...), filepath.Join(j...))
	}
	pats := []string{"", "*", "a*", "*c", "a*c", "a?c", "[abc]", "[a-c]x", "[^a]", "[!a]", "\\*", "a\\", "[", "[a-", "[a-]", "[]a]", "[^]", "*/b", "a/*",
		"**", "a[", "[\\]]", "[x-\\z]", "*.go", "?", "ab[c-e]*", "[é-ü]", "\\", "[a-b-c]", "a*b*c", "[-a]", "[a", "*[", "a*[", "[^a-c]*"}
	names := []string{"", "a", "abc", "ac", "a/c", "b", "x", "ax", "bx", "*", "main.go", "a/b", "/", "é", "ab/c", "abec", "aXbYc", "]", "-", "z"}
	for _, p := range pats {
		for _, n := range names {
			m, err := path.Match(p, n)
			m2, err2 := filepath.Match(p, n)
			fmt.Printf("match %q %q = %v %v / %v %v\n", p, n, m, err, m2, err2)
		}
	}
	rels := [][2]string{{"a", "a/b"}, {"a/b", "a"}, {"/a", "/a/b/c"}, {"/a/b", "/c"}, {"a", "/a"}, {"/", "/x"}, {".", "a"}, {"a", "."},
		{"..", "a"}, {"a/..", "b"}, {"../a", "../b"}, {"a/b/c", "a/d"}, {"", ""}, {"/a/b", "/a/b"}, {"x/../..", "y"}}
	for _, r := range rels {
		rel, err := filepath.Rel(r[0], r[1])
		fmt.Printf("rel %q %q = %q %v\n", r[0], r[1], rel, err)
	}
	fmt.Printf("%q %q %q\n", filepath.SplitList(""), filepath.SplitList("a:b::c"), filepath.FromSlash("a/b"))
	fmt.Println(string(filepath.Separator), string(filepath.ListSeparator), filepath.SkipDir, filepath.SkipAll, path.ErrBadPattern)
	l, err := filepath.Localize("a/b")
	fmt.Println(l, err)
	l, err = filepath.Localize("../a")
	fmt.Println(l, err)
	abs, err := filepath.Abs("/x/../y")
	fmt.Println(abs, err)
}
