package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	root, err := os.MkdirTemp("", "walk")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(root)
	for _, d := range []string{"a/b/c", "a/d", "e", "skip/me"} {
		os.MkdirAll(filepath.Join(root, d), 0o755)
	}
	for _, f := range []string{"a/x.go", "a/b/y.go", "a/b/c/z.txt", "e/w.go", "top.go", "skip/me/hidden.go", "a/d/.dot"} {
		os.WriteFile(filepath.Join(root, f), []byte(f), 0o644)
	}
	name := func(p, n string) string {
		if p == root {
			return "<root>"
		}
		return n
	}
	rel := func(p string) string {
		r, _ := filepath.Rel(root, p)
		return r
	}
	err = filepath.Walk(root, func(p string, info fs.FileInfo, err error) error {
		if err != nil {
			return err
		}
		fmt.Println("walk", rel(p), info.IsDir(), name(p, info.Name()))
		if info.Name() == "skip" {
			return filepath.SkipDir
		}
		return nil
	})
	fmt.Println("walk err", err)
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		fmt.Println("walkdir", rel(p), d.IsDir(), name(p, d.Name()))
		if d.Name() == "y.go" {
			return filepath.SkipDir
		}
		if d.Name() == "e" {
			return filepath.SkipAll
		}
		return nil
	})
	fmt.Println("walkdir err", err)
	err = filepath.Walk(filepath.Join(root, "missing"), func(p string, info fs.FileInfo, err error) error {
		fmt.Println("missing", rel(p), info == nil, err != nil)
		return err
	})
	fmt.Println(err != nil)
	for _, pat := range []string{"*.go", "a/*", "a/*/*.go", "*/*.go", "[", "a/[bd]", "nomatch*", "top.go", "none.go", "*/*/c"} {
		m, err := filepath.Glob(filepath.Join(root, pat))
		var rs []string
		for _, x := range m {
			rs = append(rs, rel(x))
		}
		fmt.Println("glob", pat, strings.Join(rs, ","), m == nil, err)
	}
	wd, _ := os.Getwd()
	abs, _ := filepath.Abs("x/../y")
	fmt.Println(abs == filepath.Join(wd, "y"))
}
