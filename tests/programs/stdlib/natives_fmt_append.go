// Exercises fmt.Append, Appendf and Appendln: appending in place while
// the capacity lasts, growing as append does otherwise.
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	var b []byte
	b = fmt.Append(b, "x", 1, 2, "y")
	fmt.Println(string(b), len(b), cap(b))
	b = fmt.Appendf(b, "|%05.1f|%q|%x", 3.14159, "hi", 255)
	fmt.Println(string(b), len(b), cap(b))
	b = fmt.Appendln(b, "end", true)
	fmt.Print(string(b))
	fmt.Println(len(b), cap(b))
	buf := make([]byte, 0, 64)
	out := fmt.Appendf(buf[:0], "%d-%d", 1, 2)
	out2 := fmt.Appendf(buf[:0], "%s", "zz")
	fmt.Println(string(out), string(out2), cap(out))
	r := utf8.AppendRune(nil, 'é')
	fmt.Println(len(r), cap(r))
	r = utf8.AppendRune(r, '世')
	fmt.Println(len(r), cap(r), string(r))
}
