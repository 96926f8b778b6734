package main

import (
	"fmt"
	"path"
	"path/filepath"
	"strings"
)

func main() {
	ps := []string{"/usr/local/bin/go", "a/b/../c/./d.txt", "", "/", "file.tar.gz", "dir/", "//double//slash"}
	for _, p := range ps {
		fmt.Printf("%-22q clean=%q base=%q dir=%q ext=%q abs=%v\n", p, path.Clean(p), path.Base(p), path.Dir(p), path.Ext(p), path.IsAbs(p))
	}
	fmt.Println(path.Join("a", "b", "../c", "/d"), path.Join("", ""), path.Join("/", "x"))
	dir, file := path.Split("static/css/main.css")
	fmt.Println(dir, file)
	for _, pat := range []string{"*.go", "a?c", "[a-c]*", "\\*"} {
		for _, name := range []string{"main.go", "abc", "bcd", "*"} {
			ok, _ := path.Match(pat, name)
			if ok {
				fmt.Print(pat, "~", name, " ")
			}
		}
	}
	fmt.Println()
	fmt.Println(filepath.Join("x", "y", "z.txt"), filepath.Ext("archive.zip"), filepath.Base("/tmp/f"))
	rel, err := filepath.Rel("/a/b", "/a/b/c/d")
	fmt.Println(rel, err)
	rel, err = filepath.Rel("/a/b", "/a/x")
	fmt.Println(rel, err)
	fmt.Println(strings.Join(filepath.SplitList("/bin:/usr/bin"), " | "))
	fmt.Println(filepath.ToSlash("a/b"), filepath.VolumeName("/x"), string(filepath.Separator))
}
