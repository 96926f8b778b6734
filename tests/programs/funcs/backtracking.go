package main

import (
	"fmt"
	"strings"
)

func permutations(xs []int) [][]int {
	var out [][]int
	var rec func(k int)
	rec = func(k int) {
		if k == len(xs) {
			out = append(out, append([]int(nil), xs...))
			return
		}
		for i := k; i < len(xs); i++ {
			xs[k], xs[i] = xs[i], xs[k]
			rec(k + 1)
			xs[k], xs[i] = xs[i], xs[k]
		}
	}
	rec(0)
	return out
}

func subsets(s string) []string {
	if s == "" {
		return []string{""}
	}
	rest := subsets(s[1:])
	out := append([]string{}, rest...)
	for _, r := range rest {
		out = append(out, s[:1]+r)
	}
	return out
}

func nQueens(n int) (int, []string) {
	cols := make([]int, n)
	count := 0
	var first []string
	var place func(row int)
	place = func(row int) {
		if row == n {
			count++
			if first == nil {
				for _, c := range cols {
					first = append(first, strings.Repeat(".", c)+"Q"+strings.Repeat(".", n-c-1))
				}
			}
			return
		}
		for c := 0; c < n; c++ {
			ok := true
			for r := 0; r < row; r++ {
				if cols[r] == c || cols[r]-c == r-row || cols[r]-c == row-r {
					ok = false
					break
				}
			}
			if ok {
				cols[row] = c
				place(row + 1)
			}
		}
	}
	place(0)
	return count, first
}

func combinationSum(cands []int, target int) [][]int {
	var out [][]int
	var cur []int
	var rec func(start, remain int)
	rec = func(start, remain int) {
		if remain == 0 {
			out = append(out, append([]int{}, cur...))
			return
		}
		for i := start; i < len(cands); i++ {
			if cands[i] <= remain {
				cur = append(cur, cands[i])
				rec(i, remain-cands[i])
				cur = cur[:len(cur)-1]
			}
		}
	}
	rec(0, target)
	return out
}

func main() {
	ps := permutations([]int{1, 2, 3})
	fmt.Println(len(ps), ps)
	fmt.Println(len(permutations([]int{1, 2, 3, 4, 5})))
	fmt.Printf("%q\n", subsets("abc"))
	for n := 1; n <= 8; n++ {
		c, _ := nQueens(n)
		fmt.Print(c, " ")
	}
	fmt.Println()
	_, board := nQueens(6)
	fmt.Println(strings.Join(board, "\n"))
	fmt.Println(combinationSum([]int{2, 3, 6, 7}, 7))
	fmt.Println(combinationSum([]int{2, 3, 5}, 8))
}
