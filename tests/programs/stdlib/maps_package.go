package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

func main() {
	m := map[string]int{"banana": 3, "apple": 1, "cherry": 7, "date": 0}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys)
	vals := slices.Sorted(maps.Values(m))
	fmt.Println(vals)
	c := maps.Clone(m)
	c["elder"] = 9
	fmt.Println(len(m), len(c), maps.Equal(m, c))
	delete(c, "elder")
	fmt.Println(maps.Equal(m, c))
	maps.DeleteFunc(c, func(k string, v int) bool { return v < 3 })
	fmt.Println(c)
	fmt.Println(maps.EqualFunc(map[string]string{"a": "X"}, map[string]string{"a": "x"}, strings.EqualFold))
	// Copy merges into dst
	dst := map[string]int{"apple": 100, "zebra": 26}
	maps.Copy(dst, m)
	fmt.Println(dst)
	// Collect from All
	inverted := map[int]string{}
	for k, v := range maps.All(m) {
		inverted[v] = k
	}
	fmt.Println(inverted)
	// Insert from a Seq2
	ins := map[int]string{}
	maps.Insert(ins, slices.All([]string{"zero", "one", "two"}))
	fmt.Println(ins)
	// Clone of nil is nil
	var nm map[string]int
	fmt.Println(maps.Clone(nm) == nil)
	// iterate in sorted key order
	for _, k := range slices.Sorted(maps.Keys(m)) {
		fmt.Printf("%s=%d ", k, m[k])
	}
	fmt.Println()
	// group and count with sorted output
	words := strings.Fields("a b a c b a d")
	freq := map[string]int{}
	for _, w := range words {
		freq[w]++
	}
	type kv struct {
		k string
		v int
	}
	var list []kv
	for k, v := range freq {
		list = append(list, kv{k, v})
	}
	slices.SortFunc(list, func(a, b kv) int {
		if a.v != b.v {
			return b.v - a.v
		}
		return strings.Compare(a.k, b.k)
	})
	fmt.Println(list)
}
