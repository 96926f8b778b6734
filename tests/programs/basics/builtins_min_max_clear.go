package main

import "fmt"

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2), min(5), max(-1, -7))
	fmt.Println(min(2.5, 1), max(1, 2.5, -3))
	fmt.Println(min("banana", "apple", "cherry"), max("banana", "apple", "cherry"), min("", "a"))
	var a, b int8 = -5, 7
	fmt.Println(min(a, b), max(a, b, 0))
	fmt.Printf("%T %T\n", min(1, 2.0), max(a, 3))
	const c = min(10, 3, 7)
	var arr [c]int
	fmt.Println(c, len(arr))

	// clear on a map deletes all entries
	m := map[string]int{"a": 1, "b": 2}
	alias := m
	clear(m)
	fmt.Println(len(m), len(alias), m)
	m["c"] = 3
	fmt.Println(alias)

	// clear on a slice zeroes the elements but keeps the length
	s := []int{1, 2, 3, 4}
	sub := s[1:3]
	clear(sub)
	fmt.Println(s, len(sub), cap(sub))
	strs := []string{"x", "y"}
	clear(strs)
	fmt.Printf("%q\n", strs)
	type P struct {
		N    int
		Name string
	}
	ps := []P{{1, "a"}, {2, "b"}}
	clear(ps)
	fmt.Println(ps)
	var nilMap map[int]int
	clear(nilMap)
	var nilSlice []int
	clear(nilSlice)
	fmt.Println(nilMap == nil, nilSlice == nil)

	// len and cap
	arr2 := [5]int{}
	sl := arr2[1:3]
	fmt.Println(len(arr2), cap(arr2), len(sl), cap(sl))
	fmt.Println(len("héllo"), len([]rune("héllo")))
	ch := make(chan int, 4)
	ch <- 1
	fmt.Println(len(ch), cap(ch))

	// new, make, append, copy
	p := new(int)
	*p = 9
	ms := make([]string, 2, 5)
	ms = append(ms, "z")
	n := copy(ms, []string{"a", "b", "c", "d"})
	fmt.Println(*p, ms, len(ms), cap(ms), n)
	mm := make(map[string][]int, 10)
	mm["k"] = append(mm["k"], 1, 2)
	fmt.Println(mm, len(mm))
}
