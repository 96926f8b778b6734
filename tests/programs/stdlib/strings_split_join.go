package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Printf("%q\n", strings.Split("a,b,c", ","))
	fmt.Printf("%q\n", strings.Split("a,b,,c,", ","))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Printf("%q\n", strings.Split("no separators", ";"))
	fmt.Printf("%q\n", strings.SplitN("a:b:c:d", ":", 2))
	fmt.Printf("%q\n", strings.SplitN("a:b:c:d", ":", 0))
	fmt.Printf("%q\n", strings.SplitN("a:b:c:d", ":", -1))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.SplitAfterN("1.2.3.4", ".", 3))
	fmt.Printf("%q\n", strings.Fields("  hello   world \t\n go  "))
	fmt.Printf("%q\n", strings.Fields(""))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b22c333;d", func(r rune) bool { return r >= '0' && r <= '9' || r == ';' }))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, ", "))
	fmt.Println(strings.Join(nil, ","), strings.Join([]string{"solo"}, ","))
	// CSV-ish parsing of lines
	data := "name,age,city\nann,31,paris\nbob,25,rome\n"
	lines := strings.Split(strings.TrimSpace(data), "\n")
	header := strings.Split(lines[0], ",")
	for _, line := range lines[1:] {
		cols := strings.Split(line, ",")
		for i, c := range cols {
			fmt.Printf("%s=%s ", header[i], c)
		}
		fmt.Println()
	}
	// word frequencies with Fields and ToLower
	text := "It was the best of times, it was the worst of times"
	counts := map[string]int{}
	for _, w := range strings.Fields(strings.ToLower(text)) {
		counts[strings.Trim(w, ",.")]++
	}
	fmt.Println(counts)
	// splitting unicode
	fmt.Printf("%q\n", strings.Split("α-β-γ", "-"))
	fmt.Println(len(strings.Split("😀😀", "")))
}
