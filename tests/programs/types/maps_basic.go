package main

import "fmt"

func main() {
	ages := map[string]int{"alice": 31, "bob": 25}
	ages["carol"] = 40
	fmt.Println(ages, len(ages))
	// missing keys give zero values
	fmt.Println(ages["nobody"])
	v, ok := ages["bob"]
	fmt.Println(v, ok)
	v, ok = ages["dave"]
	fmt.Println(v, ok)
	// delete, including missing key
	delete(ages, "bob")
	delete(ages, "nobody")
	fmt.Println(ages, len(ages))
	// nil map reads are fine
	var nilMap map[string]int
	fmt.Println(nilMap["x"], len(nilMap), nilMap == nil)
	_, found := nilMap["x"]
	fmt.Println(found)
	delete(nilMap, "x") // no-op
	// maps are references
	alias := ages
	alias["eve"] = 22
	fmt.Println(ages["eve"])
	// word frequency
	text := "the cat and the hat and the bat"
	freq := map[string]int{}
	word := ""
	for _, r := range text + " " {
		if r == ' ' {
			if word != "" {
				freq[word]++
			}
			word = ""
			continue
		}
		word += string(r)
	}
	fmt.Println(freq)
	// int keys print sorted numerically
	squares := map[int]int{}
	for i := -3; i <= 3; i++ {
		squares[i] = i * i
	}
	fmt.Println(squares)
	// bool and float keys
	fmt.Println(map[bool]string{true: "yes", false: "no"})
	fmt.Println(map[float64]int{2.5: 1, -1: 2, 0: 3})
	// overwrite
	ages["alice"] = 32
	ages["alice"] += 1
	fmt.Println(ages["alice"])
	// map passed to function is modified
	addOne := func(m map[string]int) {
		for k := range m {
			m[k]++
		}
	}
	addOne(ages)
	fmt.Println(ages)
	// counting with struct{} set
	uniq := map[rune]struct{}{}
	for _, r := range "hello world" {
		uniq[r] = struct{}{}
	}
	fmt.Println(len(uniq))
}
