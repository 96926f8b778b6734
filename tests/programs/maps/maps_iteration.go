package main

import "fmt"

func sortStrings(a []string) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func sortInts(a []int) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func keysOf(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sortStrings(keys)
	return keys
}

var global = map[int]int{1: 10, 2: 20, 3: 30}
var gk, gv = 0, 0

func main() {
	m := map[string]int{"pear": 3, "apple": 1, "fig": 7, "kiwi": 2, "plum": 5}
	for _, k := range keysOf(m) {
		fmt.Println(k, m[k])
	}

	// key and value, key only, value only, neither
	ks, vs, n := 0, 0, 0
	for k, v := range global {
		ks += k
		vs += v
	}
	for k := range global {
		ks += k
	}
	for _, v := range global {
		vs += v
	}
	for range global {
		n++
	}
	fmt.Println(ks, vs, n)

	// assignment to existing variables (locals and globals)
	var lk, lv int
	total := 0
	for lk, lv = range global {
		total += lk * lv
	}
	fmt.Println(total, lk > 0, lv > 0)
	for gk, gv = range global {
		total -= gk * gv
	}
	fmt.Println(total)

	// break and continue, labels
	count := 0
	for k := range global {
		if k == 2 {
			continue
		}
		count++
	}
	fmt.Println("skipped one:", count)
	stopped := 0
	for range global {
		stopped++
		break
	}
	fmt.Println("break after one:", stopped)
	pairs := 0
outer:
	for a := range global {
		for b := range global {
			if a == b {
				continue outer
			}
			pairs++
		}
	}
	fmt.Println("pairs:", pairs >= 0)

	// each entry exactly once
	big := map[int]int{}
	for i := 0; i < 1000; i++ {
		big[i] = i
	}
	seen := make([]int, 1000)
	for k, v := range big {
		if k != v {
			fmt.Println("mismatch", k, v)
		}
		seen[k]++
	}
	bad := 0
	for _, c := range seen {
		if c != 1 {
			bad++
		}
	}
	fmt.Println("not seen once:", bad)

	// deleting during iteration: deleted entries not yet reached are not produced
	del := map[int]bool{}
	for i := 0; i < 100; i++ {
		del[i] = true
	}
	visited := 0
	for k := range del {
		visited++
		if _, ok := del[k]; !ok {
			fmt.Println("produced a deleted key", k)
		}
		delete(del, k)
		delete(del, 99-k)
	}
	fmt.Println("visited:", visited, "left:", len(del))

	odd := map[int]bool{}
	for i := 0; i < 100; i++ {
		odd[i] = true
	}
	for k := range odd {
		if k%2 == 1 {
			delete(odd, k)
		}
	}
	sum := 0
	for k := range odd {
		sum += k
	}
	fmt.Println(len(odd), sum)

	// inserting during iteration (bounded): every original key is produced once
	grow := map[int]int{}
	for i := 0; i < 8; i++ {
		grow[i] = 1
	}
	orig := 0
	for k := range grow {
		if k < 8 {
			orig++
			for j := 0; j < 50; j++ {
				grow[1000+k*100+j] = 2
			}
		}
	}
	fmt.Println("originals:", orig, "size:", len(grow))

	// delete everything then reinsert during iteration
	re := map[string]int{"a": 1, "b": 2, "c": 3, "d": 4}
	loops := 0
	for k := range re {
		loops++
		if loops > 100 {
			break
		}
		delete(re, k)
		re[k+k] = 0
	}
	fmt.Println(len(re), loops <= 100)

	// clear during iteration stops producing entries
	cl := map[int]int{}
	for i := 0; i < 50; i++ {
		cl[i] = i
	}
	produced := 0
	for range cl {
		produced++
		clear(cl)
	}
	fmt.Println("after clear:", produced, len(cl))
	cl[5] = 5
	fmt.Println(cl)

	// values seen during iteration reflect updates to later entries
	up := map[int]int{}
	for i := 0; i < 20; i++ {
		up[i] = 0
	}
	for k := range up {
		up[(k+1)%20] = 1
	}
	ones := 0
	for _, v := range up {
		ones += v
	}
	fmt.Println("updated:", ones)

	// sorted int keys
	im := map[int]string{30: "c", 10: "a", 20: "b", -5: "neg"}
	var iks []int
	for k := range im {
		iks = append(iks, k)
	}
	sortInts(iks)
	for _, k := range iks {
		fmt.Print(k, "=", im[k], " ")
	}
	fmt.Println()

	// range over a map of slices, modifying values
	ms := map[string][]int{"a": {1, 2}, "b": {3}}
	for k, v := range ms {
		ms[k] = append(v, len(v))
	}
	fmt.Println(ms)
}
