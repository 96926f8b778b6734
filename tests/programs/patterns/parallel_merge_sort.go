package main

import (
	"fmt"
	"sort"
	"sync"
)

func merge(a, b []int) []int {
	out := make([]int, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if a[i] <= b[j] {
			out = append(out, a[i])
			i++
		} else {
			out = append(out, b[j])
			j++
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}

// parallelSort sorts halves in separate goroutines until the pieces are
// small, then falls back to a sequential sort.
func parallelSort(s []int, depth int) []int {
	if len(s) <= 1 {
		return s
	}
	if depth == 0 || len(s) < 64 {
		c := append([]int(nil), s...)
		sort.Ints(c)
		return c
	}
	mid := len(s) / 2
	var left, right []int
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		left = parallelSort(s[:mid], depth-1)
	}()
	right = parallelSort(s[mid:], depth-1)
	wg.Wait()
	return merge(left, right)
}

// channel version: each half sends its result back
func chanSort(s []int) []int {
	if len(s) <= 32 {
		c := append([]int(nil), s...)
		sort.Ints(c)
		return c
	}
	mid := len(s) / 2
	lc, rc := make(chan []int), make(chan []int)
	go func() { lc <- chanSort(s[:mid]) }()
	go func() { rc <- chanSort(s[mid:]) }()
	return merge(<-lc, <-rc)
}

func main() {
	data := make([]int, 50_000)
	x := uint64(88172645463325252)
	for i := range data {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		data[i] = int(x % 1_000_000)
	}
	want := append([]int(nil), data...)
	sort.Ints(want)

	got := parallelSort(data, 6)
	fmt.Println("waitgroup sort correct:", equal(got, want))
	got2 := chanSort(data)
	fmt.Println("channel sort correct:", equal(got2, want))
	fmt.Println("smallest:", got[:5])
	fmt.Println("largest:", got[len(got)-3:])
	fmt.Println("input untouched:", !sort.IntsAreSorted(data))
}

func equal(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
