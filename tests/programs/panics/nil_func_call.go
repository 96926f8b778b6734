package main

import (
	"fmt"
	"sort"
)

type Handlers map[string]func(int) int

func main() {
	h := Handlers{
		"double": func(x int) int { return x * 2 },
		"square": func(x int) int { return x * x },
	}
	names := make([]string, 0, len(h))
	for k := range h {
		names = append(names, k)
	}
	sort.Strings(names)
	fmt.Println("registered:", names)
	for _, name := range []string{"double", "square", "cube"} {
		fmt.Println("calling", name, "nil?", h[name] == nil)
		fmt.Println(h[name](7))
	}
}
