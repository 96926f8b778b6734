package main

import "fmt"

// Checks Go's iteration rules while the loop body inserts (forcing the
// table to grow several times) and deletes: every entry present for the
// whole loop is produced exactly once, no deleted entry is produced after
// its deletion, and the values produced are the current ones.
func main() {
	seed := 7
	next := 0
	problems := 0
	for round := 0; round < 30; round++ {
		m := map[int]int{}
		size := 1 + round*13
		for i := 0; i < size; i++ {
			m[i] = i
		}
		deleted := map[int]bool{}
		produced := map[int]int{}
		stable := map[int]bool{}
		for i := 0; i < size; i++ {
			stable[i] = true
		}
		added := 0
		for k, v := range m {
			produced[k]++
			if deleted[k] {
				problems++
			}
			if k < size && v != k && v != -k {
				problems++
			}
			seed = (seed*1103515245 + 12345) & 0x7fffffff
			next = seed % (size + 1)
			if next != k {
				if _, ok := m[next]; ok && next < size {
					delete(m, next)
					deleted[next] = true
					stable[next] = false
				}
			}
			if next < size && !deleted[next] {
				m[next] = -next
			}
			for j := 0; j < 3 && added < 4*size; j++ {
				m[100000+round*10000+added] = 1
				added++
			}
		}
		for k, c := range produced {
			if c != 1 {
				problems++
			}
			_ = k
		}
		for k := range stable {
			if stable[k] && produced[k] != 1 {
				problems++
			}
		}
	}
	fmt.Println("problems:", problems)

	// Deleting every other key ahead of the iterator while the map grows.
	m := map[int]bool{}
	for i := 0; i < 2000; i++ {
		m[i] = true
	}
	seen := 0
	bad := 0
	for k := range m {
		if k < 2000 {
			seen++
			if k%2 == 0 {
				delete(m, k+1)
			}
			if k%2 == 1 {
				if _, ok := m[k]; !ok {
					bad++
				}
			}
		}
		if len(m) < 6000 {
			m[10000+k] = false
		}
	}
	fmt.Println(seen <= 2000, seen >= 1000, bad)
}
