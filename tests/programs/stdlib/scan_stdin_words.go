package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	counts := map[string]int{}
	total := 0
	longest := ""
	for {
		var w string
		_, err := fmt.Scan(&w)
		if err != nil {
			break
		}
		w = strings.ToLower(strings.Trim(w, ".,;!?"))
		if w == "" {
			continue
		}
		counts[w]++
		total++
		if len(w) > len(longest) {
			longest = w
		}
	}
	fmt.Println("total words:", total, "distinct:", len(counts), "longest:", longest)
	type wc struct {
		w string
		c int
	}
	var list []wc
	for w, c := range counts {
		list = append(list, wc{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].c != list[j].c {
			return list[i].c > list[j].c
		}
		return list[i].w < list[j].w
	})
	for _, e := range list[:5] {
		fmt.Printf("%-6s %d\n", e.w, e.c)
	}
}
