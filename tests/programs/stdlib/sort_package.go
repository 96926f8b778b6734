package main

import (
	"fmt"
	"sort"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

func main() {
	ints := []int{5, 2, 8, -1, 9, 2, 0}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))
	strs := []string{"pear", "Apple", "banana", "apple", "Banana", ""}
	sort.Strings(strs)
	fmt.Printf("%q %v\n", strs, sort.StringsAreSorted(strs))
	fl := []float64{2.5, -1, 3.25, 0}
	sort.Float64s(fl)
	fmt.Println(fl)
	// sort.Sort with a custom type (ages unique -> deterministic)
	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 35}, {"Dan", 20}}
	sort.Sort(ByAge(people))
	fmt.Println(people)
	sort.Sort(sort.Reverse(ByAge(people)))
	fmt.Println(people)
	// SliceStable keeps equal elements in order
	recs := []Person{{"a", 3}, {"b", 1}, {"c", 3}, {"d", 2}, {"e", 1}, {"f", 3}}
	sort.SliceStable(recs, func(i, j int) bool { return recs[i].Age < recs[j].Age })
	fmt.Println(recs)
	// sort.Slice with a total order
	words := strings.Fields("delta Alpha charlie bravo echo")
	sort.Slice(words, func(i, j int) bool { return strings.ToLower(words[i]) < strings.ToLower(words[j]) })
	fmt.Println(words)
	// multi-key sort
	data := []Person{{"x", 2}, {"b", 1}, {"a", 2}, {"c", 1}}
	sort.Slice(data, func(i, j int) bool {
		if data[i].Age != data[j].Age {
			return data[i].Age > data[j].Age
		}
		return data[i].Name < data[j].Name
	})
	fmt.Println(data)
	// Search family
	sorted := []int{1, 3, 5, 7, 9, 11}
	for _, x := range []int{0, 1, 6, 11, 12} {
		fmt.Print(sort.SearchInts(sorted, x), " ")
	}
	fmt.Println()
	i := sort.Search(len(sorted), func(i int) bool { return sorted[i] >= 7 })
	fmt.Println(i, sorted[i])
	fmt.Println(sort.SearchStrings([]string{"a", "c", "e"}, "d"), sort.SearchFloat64s([]float64{1.5, 2.5}, 2.5))
	// find smallest n with n*n >= 1000
	fmt.Println(sort.Search(1000, func(n int) bool { return n*n >= 1000 }))
	idx, found := sort.Find(len(sorted), func(i int) int {
		switch {
		case 7 < sorted[i]:
			return -1
		case 7 > sorted[i]:
			return 1
		}
		return 0
	})
	fmt.Println(idx, found)
}
