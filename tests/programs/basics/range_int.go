package main

import "fmt"

type Count uint8

func main() {
	// range over an integer
	for i := range 5 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	// typed integers keep their type
	var n Count = 3
	for i := range n {
		fmt.Printf("%v:%T ", i, i)
	}
	fmt.Println()
	var n64 int64 = 4
	total := int64(0)
	for i := range n64 {
		total += i
	}
	fmt.Println("total", total)
	// zero and negative ranges do nothing
	cnt := 0
	for range 0 {
		cnt++
	}
	neg := -5
	for range neg {
		cnt++
	}
	fmt.Println("cnt", cnt)
	// without the variable
	stars := ""
	for range 7 {
		stars += "*"
	}
	fmt.Println(stars)
	// the bound is evaluated once
	limit := 3
	for i := range limit {
		limit = 10
		fmt.Print(i, " ")
	}
	fmt.Println("limit now", limit)
	// range over len of a slice
	words := []string{"a", "bb", "ccc"}
	for i := range len(words) {
		fmt.Print(words[len(words)-1-i], " ")
	}
	fmt.Println()
	// multiplication table using nested ranges
	for i := range 4 {
		for j := range 4 {
			fmt.Printf("%3d", (i+1)*(j+1))
		}
		fmt.Println()
	}
	// untyped constant bound is int
	for i := range 2 {
		fmt.Printf("%T ", i)
	}
	fmt.Println()
	// break and continue
	for i := range 100 {
		if i%3 != 0 {
			continue
		}
		if i > 12 {
			break
		}
		fmt.Print(i, " ")
	}
	fmt.Println()
	// closures capture per-iteration variables
	var fs []func() int
	for i := range 3 {
		fs = append(fs, func() int { return i * 10 })
	}
	fmt.Println(fs[0](), fs[1](), fs[2]())
}
