package main

import "fmt"

type Set map[string]bool

func (s Set) Add(k string) { s[k] = true }
func (s Set) Has(k string) bool {
	return s[k]
}
func (s Set) Len() int { return len(s) }

type Inventory struct {
	Items map[string]int
}

var table = map[string][]int{"a": {1}, "b": {2, 3}}

func merge(a, b map[string]int) map[string]int {
	out := make(map[string]int, len(a)+len(b))
	for k, v := range a {
		out[k] += v
	}
	for k, v := range b {
		out[k] += v
	}
	return out
}

func main() {
	s := Set{}
	s.Add("x")
	s.Add("y")
	s.Add("x")
	fmt.Println(s.Has("x"), s.Has("z"), s.Len(), s)
	var raw map[string]bool = map[string]bool(s)
	raw["w"] = false
	fmt.Println(len(s), s)
	invs := []Inventory{{map[string]int{"apple": 3}}, {}}
	invs[0].Items["pear"] = 2
	fmt.Println(invs[0], invs[1].Items == nil, len(invs[0].Items))
	table["c"] = append(table["c"], 9)
	fmt.Println(table, len(table["b"]))
	fmt.Println(merge(map[string]int{"a": 1, "b": 2}, map[string]int{"b": 3, "c": 4}))
	var x interface{} = s
	fmt.Println(x)
	fmt.Printf("%T %v\n", x, x)
	m2 := map[string]int{"a": 1}
	a := []int{5, 6}
	a[0], m2["a"] = m2["a"], a[0]
	fmt.Println(a, m2)
	m2["q"], m2["r"] = 1, 2
	fmt.Println(m2)
	type pair struct {
		k string
		v int
	}
	pm := map[pair]pair{}
	pm[pair{"a", 1}] = pair{"b", 2}
	fmt.Println(pm[pair{"a", 1}].k, pm[pair{"a", 1}].v, pm)
	switch len(pm) {
	case 1:
		fmt.Println("one")
	}
	mv := map[int]float64{1: 1.5}
	mv[1] *= 2
	mv[2] += 0.25
	fmt.Println(mv)
	ms := map[string]string{}
	ms["a"] += "x"
	ms["a"] += "y"
	fmt.Println(ms)
	mu := map[uint8]uint8{}
	mu[1] = 250
	mu[1] += 10
	fmt.Println(mu)
}
