package main

import "fmt"

type empty struct{}

func main() {
	set := map[string]struct{}{}
	set["a"] = struct{}{}
	set["b"] = empty{}
	_, ok := set["a"]
	_, ok2 := set["z"]
	fmt.Println(len(set), ok, ok2, set)
	for k, v := range set {
		_ = k
		_ = v
	}
	m := map[struct{}]int{}
	m[struct{}{}] = 1
	m[struct{}{}]++
	fmt.Println(m, len(m))
	z := map[[0]int]string{{}: "zero"}
	fmt.Println(z, z[[0]int{}])
	delete(m, struct{}{})
	fmt.Println(len(m))
	se := map[empty]empty{}
	se[empty{}] = empty{}
	fmt.Println(se)
}
