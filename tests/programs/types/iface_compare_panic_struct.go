package main

import "fmt"

type S struct {
	n  int
	xs []string
}

func main() {
	var a any = S{1, nil}
	var b any = S{1, nil}
	var c any = 5
	fmt.Println(a == c)
	fmt.Println(a == b)
}
