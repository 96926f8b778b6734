// bytes case mapping: contents and Go's capacities on the ASCII fast
// paths and the rune-by-rune path (invalid bytes grow the result).
package main

import (
	"bytes"
	"fmt"
)

func main() {
	ss := []string{"", "ABC", "abc", "already UP", "héllo", "HÉLLO", "ǆ", "A\xffB", "a\xffb", "hello world this is long text", "ⱥⱥⱥ", "ȺȺȺ", "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"}
	for i := 0; i < len(ss); i++ {
		b := []byte(ss[i])
		u := bytes.ToUpper(b)
		l := bytes.ToLower(b)
		t := bytes.ToTitle(b)
		fmt.Printf("%q %d %d | %q %d %d | %q %d %d\n", string(u), len(u), cap(u), string(l), len(l), cap(l), string(t), len(t), cap(t))
	}
}
