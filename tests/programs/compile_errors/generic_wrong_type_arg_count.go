package main

import "fmt"

func Pair[K comparable, V any](k K, v V) map[K]V {
	return map[K]V{k: v}
}

func main() {
	m := Pair[string, int, bool]("a", 1)
	fmt.Println(m)
}
