// Split results: Go sizes the parts array from n and len(s), so SplitN
// with a large n leaves spare capacity.
package main

import (
	"bytes"
	"fmt"
	"strings"
)

func main() {
	ns := []int{-1, 1, 2, 3, 10, 100}
	ss := []string{"", "a,b", "a,b,c,", ",,,,", "héllo"}
	seps := []string{",", "", "b,"}
	for i := 0; i < len(ss); i++ {
		for j := 0; j < len(seps); j++ {
			for k := 0; k < len(ns); k++ {
				p := strings.SplitN(ss[i], seps[j], ns[k])
				q := strings.SplitAfterN(ss[i], seps[j], ns[k])
				r := bytes.SplitN([]byte(ss[i]), []byte(seps[j]), ns[k])
				t := bytes.SplitAfterN([]byte(ss[i]), []byte(seps[j]), ns[k])
				fmt.Println(ss[i], seps[j], ns[k], len(p), cap(p), len(q), cap(q), len(r), cap(r), len(t), cap(t))
			}
		}
	}
	f := strings.Fields(" a b ")
	g := bytes.Fields([]byte(" a b "))
	fmt.Println(len(f), cap(f), len(g), cap(g))
}
