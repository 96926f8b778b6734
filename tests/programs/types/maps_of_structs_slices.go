package main

import (
	"fmt"
	"sort"
)

type Employee struct {
	Name   string
	Salary int
}

func main() {
	// map of structs: must copy out, modify, store back
	staff := map[string]Employee{
		"e1": {"Ann", 5000},
		"e2": {"Ben", 4200},
	}
	e := staff["e1"]
	e.Salary += 500
	staff["e1"] = e
	fmt.Println(staff)
	// map of pointers to structs can be modified in place
	ptrs := map[string]*Employee{"x": {"Xi", 100}}
	ptrs["x"].Salary *= 2
	fmt.Println(*ptrs["x"])

	// map of slices: grouping
	byLen := map[int][]string{}
	for _, w := range []string{"go", "is", "fun", "and", "fast", "ok", "rust"} {
		byLen[len(w)] = append(byLen[len(w)], w)
	}
	fmt.Println(byLen)
	keys := make([]int, 0, len(byLen))
	for k := range byLen {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	for _, k := range keys {
		fmt.Println(k, byLen[k], len(byLen[k]))
	}
	// map of maps needs inner initialization
	graph := map[string]map[string]int{}
	addEdge := func(a, b string, w int) {
		if graph[a] == nil {
			graph[a] = map[string]int{}
		}
		graph[a][b] = w
	}
	addEdge("a", "b", 1)
	addEdge("a", "c", 4)
	addEdge("b", "c", 2)
	fmt.Println(graph, len(graph["a"]), graph["z"]["q"])
	// map with slice values keeps sharing semantics
	m := map[string][]int{"k": {1, 2, 3}}
	s := m["k"]
	s[0] = 100
	fmt.Println(m)
	// map of arrays copies
	ma := map[string][2]int{"p": {1, 2}}
	arr := ma["p"]
	arr[0] = 50
	fmt.Println(ma, arr)
	// comma-ok with struct values
	if emp, ok := staff["e3"]; !ok {
		fmt.Printf("missing: %+v\n", emp)
	}
	// total by iterating (order independent)
	total := 0
	for _, emp := range staff {
		total += emp.Salary
	}
	fmt.Println("total", total)
	// nested composite literal with elided types
	teams := map[string][]Employee{
		"red":  {{"R1", 1}, {"R2", 2}},
		"blue": {{"B1", 3}},
	}
	fmt.Println(teams)
	fmt.Printf("%v\n", map[Employee]bool{{"k", 1}: true})
}
