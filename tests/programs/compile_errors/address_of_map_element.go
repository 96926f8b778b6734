package main

import "fmt"

func bump(p *int) {
	*p++
}

func main() {
	counts := map[string]int{"a": 1}
	bump(&counts["a"])
	fmt.Println(counts)
}
