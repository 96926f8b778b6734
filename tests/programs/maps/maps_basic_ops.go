package main

import "fmt"

type Account struct {
	Name    string
	Balance int
	Tags    []string
}

type Registry struct {
	ID    int
	Names map[string]int
}

func count(words []string) map[string]int {
	m := make(map[string]int)
	for _, w := range words {
		m[w]++
	}
	return m
}

func main() {
	// make, literal, index, missing keys
	m := make(map[string]int)
	m["one"] = 1
	m["two"] = 2
	m["three"] = 3
	fmt.Println(len(m), m["one"], m["two"], m["three"], m["four"])

	// comma-ok, with := and =
	v, ok := m["two"]
	fmt.Println(v, ok)
	v, ok = m["nope"]
	fmt.Println(v, ok)
	if x, found := m["three"]; found {
		fmt.Println("found three:", x)
	}
	_, ok = m["one"]
	fmt.Println("one present:", ok)
	var v2, ok2 = m["two"]
	fmt.Println(v2, ok2)

	// overwrite, op-assign, inc/dec
	m["one"] = 100
	m["one"] += 5
	m["one"] -= 2
	m["one"] *= 3
	m["two"]++
	m["new"]++
	m["three"]--
	m["shift"] = 1
	m["shift"] <<= 4
	fmt.Println(m["one"], m["two"], m["new"], m["three"], m["shift"], len(m))

	// delete, including missing keys
	delete(m, "two")
	delete(m, "missing")
	_, ok = m["two"]
	fmt.Println(ok, len(m))
	fmt.Println(m)

	// maps are references
	alias := m
	alias["alias"] = 7
	fmt.Println(m["alias"], len(m) == len(alias))

	// function results and parameters
	wc := count([]string{"go", "rust", "go", "c", "go", "rust"})
	fmt.Println(wc, len(wc), wc["go"])

	// nil maps: reads, len, delete and range are fine
	var nm map[string]int
	fmt.Println(nm == nil, nm != nil, nm["x"], len(nm))
	delete(nm, "x")
	n := 0
	for range nm {
		n++
	}
	fmt.Println("nil range:", n)
	nv, nok := nm["y"]
	fmt.Println(nv, nok)
	fmt.Println(m == nil, wc != nil)

	// make with hints
	h := 1000
	hm := make(map[int]bool, h)
	neg := -5
	nh := make(map[int]bool, neg)
	zh := make(map[int]bool, 0)
	for i := 0; i < 10; i++ {
		hm[i] = i%2 == 0
		nh[i] = true
		zh[i*i] = true
	}
	fmt.Println(len(hm), len(nh), len(zh), hm[4], hm[5], zh[81], zh[80])

	// maps of structs
	accts := map[string]Account{
		"a": {Name: "alice", Balance: 10},
		"b": {"bob", 20, []string{"vip"}},
	}
	fmt.Println(accts["a"].Name, accts["b"].Balance, accts["b"].Tags, len(accts["zz"].Tags))
	t := accts["a"]
	t.Balance += 5
	accts["a"] = t
	fmt.Println(accts["a"])
	fmt.Printf("%v\n%+v\n", accts, accts)

	// maps as struct fields and slice elements
	r := Registry{ID: 1, Names: map[string]int{"x": 1}}
	r.Names["y"] = 2
	fmt.Println(r, len(r.Names))
	var empty Registry
	fmt.Println(empty.Names == nil, empty.Names["q"], empty)
	list := []map[string]int{{"a": 1}, {}, nil}
	list[1]["b"] = 2
	fmt.Println(list, len(list[2]))

	// map values: slices and maps
	groups := map[int][]string{}
	for _, w := range []string{"a", "bb", "cc", "ddd", "e"} {
		groups[len(w)] = append(groups[len(w)], w)
	}
	fmt.Println(groups, len(groups[1]), len(groups[7]) == 0)
	nested := map[string]map[string]int{}
	nested["x"] = map[string]int{}
	nested["x"]["y"] = 1
	nested["x"]["y"] += 10
	nested["x"]["z"]++
	nested["w"] = map[string]int{"q": 3}
	fmt.Println(nested, len(nested["x"]), nested["none"]["r"])

	// integer-like keys
	sq := map[int]int{}
	for i := -5; i <= 5; i++ {
		sq[i] = i * i
	}
	fmt.Println(sq, sq[-3], sq[4])
	bm := map[bool]string{true: "yes", false: "no"}
	fmt.Println(bm[1 < 2], bm[2 < 1], bm)
	rm := map[rune]int{}
	for _, c := range "hello, world" {
		rm[c]++
	}
	fmt.Println(rm['l'], rm['o'], rm['z'], len(rm))
	bytem := map[byte]string{'a': "A", 255: "max"}
	fmt.Println(bytem)
}
