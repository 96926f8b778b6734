package main

import "fmt"

func main() {
	var rows, cols int
	fmt.Scan(&rows, &cols)
	m := make([][]int, rows)
	for i := range m {
		m[i] = make([]int, cols)
		for j := range m[i] {
			fmt.Scan(&m[i][j])
		}
	}
	fmt.Println("matrix:", m)
	rowSums := make([]int, rows)
	colSums := make([]int, cols)
	for i, r := range m {
		for j, v := range r {
			rowSums[i] += v
			colSums[j] += v
		}
	}
	fmt.Println("row sums:", rowSums)
	fmt.Println("col sums:", colSums)
	// transpose
	t := make([][]int, cols)
	for j := range t {
		t[j] = make([]int, rows)
		for i := range rows {
			t[j][i] = m[i][j]
		}
	}
	for _, r := range t {
		for j, v := range r {
			if j > 0 {
				fmt.Print(" ")
			}
			fmt.Printf("%3d", v)
		}
		fmt.Println()
	}
	// then a line with a word and a float
	var label string
	var factor float64
	n, err := fmt.Scan(&label, &factor)
	fmt.Println(n, err, label, factor)
	var extra int
	n, err = fmt.Scan(&extra)
	fmt.Println(n, err)
}
