package main

import "fmt"

func lookup(m map[string]int, k string) (int, bool) {
	v, ok := m[k]
	if !ok {
		return
	}
	return v, true
}

func main() {
	fmt.Println(lookup(map[string]int{"a": 1}, "a"))
}
