package main

import (
	"fmt"
	"strings"
)

func main() {
	for w := 1; w <= 6; w++ {
		fmt.Printf("[%*d] [%-*d]\n", w, 42, w, 42)
	}
	for p := 0; p <= 4; p++ {
		fmt.Printf("[%.*f] [%8.*f]\n", p, 3.14159, p, 2.71828)
	}
	fmt.Printf("[%*.*s]\n", 8, 3, "abcdefgh")
	fmt.Printf("[%*s]\n", -6, "neg")
	fmt.Printf("[%-*s]\n", -6, "neg")
	fmt.Printf("[%*d]\n", 3.5, 1)
	fmt.Printf("[%.*d]\n", -1, 5)
	fmt.Printf("[%*d]\n", 1)
	// building a centered banner
	title := "REPORT"
	width := 20
	left := (width - len(title)) / 2
	fmt.Printf("%s\n%*s%s%*s|\n%s\n", strings.Repeat("=", width), left, "", title, width-left-len(title), "", strings.Repeat("=", width))
	// dynamic column widths
	rows := [][]string{{"name", "lang", "stars"}, {"golite", "rust", "12"}, {"go", "go", "120000"}}
	widths := make([]int, 3)
	for _, r := range rows {
		for i, c := range r {
			widths[i] = max(widths[i], len(c))
		}
	}
	for _, r := range rows {
		for i, c := range r {
			fmt.Printf("| %-*s ", widths[i], c)
		}
		fmt.Println("|")
	}
	// explicit argument index with star
	fmt.Printf("[%[2]*[1]d] [%[3]*.[2]*[1]f]\n", 12.0, 2, 6)
	fmt.Printf("[%[2]*[1]d]\n", 7, 4)
}
