package main

import "fmt"

func main() {
	var fs []func() int
	n := 0
top:
	v := n * n // a fresh variable each time the declaration runs
	fs = append(fs, func() int { return v })
	n++
	if n < 4 {
		goto top
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	defer fmt.Println("deferred after goto")
	k := 0
skip:
	k++
	if k < 3 {
		defer fmt.Println("defer in goto loop", k)
		goto skip
	}
}
