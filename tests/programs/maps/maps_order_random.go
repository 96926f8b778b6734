package main

import "fmt"

// Go does not promise an iteration order and randomises it; programs must
// not come to depend on one. Across many loops over one map, the first key
// produced should vary, and so should the full order.
func main() {
	m := map[int]bool{}
	for i := 0; i < 16; i++ {
		m[i] = true
	}
	firsts := map[int]bool{}
	orders := map[string]bool{}
	for round := 0; round < 200; round++ {
		order := ""
		first := -1
		for k := range m {
			if first < 0 {
				first = k
			}
			order += string(rune('a' + k))
		}
		firsts[first] = true
		orders[order] = true
	}
	fmt.Println("first keys vary:", len(firsts) > 1)
	fmt.Println("orders vary:", len(orders) > 1)

	s := map[string]int{"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6, "g": 7, "h": 8}
	sf := map[string]bool{}
	for round := 0; round < 200; round++ {
		for k := range s {
			sf[k] = true
			break
		}
	}
	fmt.Println("string first keys vary:", len(sf) > 1)
}
