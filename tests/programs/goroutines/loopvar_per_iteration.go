package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex

	collect := func(dst *[]string, s string) {
		mu.Lock()
		*dst = append(*dst, s)
		mu.Unlock()
	}

	// three-clause for loop: each iteration has its own i
	var a []string
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			collect(&a, fmt.Sprint("i=", i))
		}()
	}

	// range over a slice: both index and value are per-iteration
	var b []string
	for idx, name := range []string{"ann", "bob", "cy"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			collect(&b, fmt.Sprintf("%d:%s", idx, name))
		}()
	}

	// range over an int (Go 1.22)
	var c []string
	for n := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			collect(&c, fmt.Sprint("n", n))
		}()
	}

	// range over a map: key and value captured per iteration
	var d []string
	for k, v := range map[string]int{"x": 1, "y": 2, "z": 3} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			collect(&d, fmt.Sprintf("%s=%d", k, v))
		}()
	}
	wg.Wait()

	for _, s := range [][]string{a, b, c, d} {
		sort.Strings(s)
		fmt.Println(s)
	}

	// modifying the loop variable inside the body affects only that
	// iteration's copy; the loop continues from the modified value
	var e []int
	for i := 0; i < 10; i++ {
		if i == 2 {
			i = 6 // skips 3..6
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			e = append(e, i)
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Ints(e)
	fmt.Println(e)
}
