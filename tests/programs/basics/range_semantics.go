package main

import "fmt"

func main() {
	// range over an array iterates over a copy
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		if i == 2 {
			fmt.Println("array value seen:", v)
		}
	}
	// range over a pointer to array sees updates
	arr = [3]int{1, 2, 3}
	for i, v := range &arr {
		arr[2] = 100
		if i == 2 {
			fmt.Println("array pointer value seen:", v)
		}
	}
	// range over slice: length fixed at start, elements read live
	s := []int{1, 2, 3}
	for i, v := range s {
		if i == 0 {
			s[2] = 30
			s = append(s, 4)
		}
		fmt.Print(v, " ")
	}
	fmt.Println("len now", len(s))
	// the value is a copy of the element
	type pt struct{ x int }
	pts := []pt{{1}, {2}}
	for _, p := range pts {
		p.x *= 10
	}
	fmt.Println(pts)
	for i := range pts {
		pts[i].x *= 10
	}
	fmt.Println(pts)
	// range over a map: deleting unvisited keys is safe
	m := map[int]bool{1: true, 2: true, 3: true, 4: true}
	for k := range m {
		delete(m, k)
	}
	fmt.Println(len(m), m)
	// range over nil slice and nil map does nothing
	var ns []int
	var nm map[string]int
	count := 0
	for range ns {
		count++
	}
	for range nm {
		count++
	}
	fmt.Println("count", count)
	// range over string
	for i, c := range "ab" {
		fmt.Print(i, ":", string(c), " ")
	}
	fmt.Println()
	// assigning to existing variables with =
	var idx int
	var val string
	for idx, val = range []string{"p", "q", "r"} {
	}
	fmt.Println(idx, val)
	// range over channel-free array literal of arrays
	grid := [2][2]int{{1, 2}, {3, 4}}
	sum := 0
	for _, row := range grid {
		for _, c := range row {
			sum += c
		}
	}
	fmt.Println(sum)
	// range expression evaluated once
	calls := 0
	get := func() []int { calls++; return []int{5, 6, 7} }
	for range get() {
	}
	fmt.Println("calls", calls)
}
