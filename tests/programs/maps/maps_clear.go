package main

import "fmt"

type Entry struct {
	Name string
	Vals []int
}

func main() {
	m := map[string]int{"a": 1, "b": 2}
	alias := m
	clear(m)
	fmt.Println(len(m), len(alias), m)
	m["c"] = 3
	fmt.Println(alias, len(alias))

	big := map[int]Entry{}
	for i := 0; i < 5000; i++ {
		big[i] = Entry{"e", []int{i}}
	}
	clear(big)
	fmt.Println(len(big), big[10].Name == "", len(big[10].Vals))
	for i := 0; i < 10; i++ {
		big[i] = Entry{"again", nil}
	}
	fmt.Println(len(big), big[3].Name)

	var nilMap map[int]int
	clear(nilMap)
	fmt.Println(nilMap == nil, len(nilMap))

	// clear on slices zeroes elements up to the length
	s := []int{1, 2, 3, 4}
	sub := s[1:3]
	clear(sub)
	fmt.Println(s, len(sub), cap(sub))
	strs := []string{"x", "y"}
	clear(strs)
	fmt.Printf("%q\n", strs)
	es := []Entry{{"a", []int{1}}, {"b", nil}}
	clear(es)
	fmt.Println(es, len(es))
	var nilSlice []int
	clear(nilSlice)
	fmt.Println(len(nilSlice))
	ms := []map[string]int{{"a": 1}, {"b": 2}}
	clear(ms[0])
	fmt.Println(ms)
	clear(ms)
	fmt.Println(ms, ms[0] == nil)
}
