package main

import "fmt"

func Join[T any](xs []T) string {
	out := ""
	for _, x := range xs {
		out += x.String() + ","
	}
	return out
}

func main() {
	fmt.Println(Join([]int{1, 2}))
}
