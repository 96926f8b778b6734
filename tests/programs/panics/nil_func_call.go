package main

import "fmt"

type Handlers map[string]func(int) int

func main() {
	h := Handlers{
		"double": func(x int) int { return x * 2 },
		"square": func(x int) int { return x * x },
	}
	for _, name := range []string{"double", "square", "cube"} {
		fmt.Println("calling", name)
		fmt.Println(h[name](7))
	}
}
