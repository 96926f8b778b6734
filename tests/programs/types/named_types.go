package main

import (
	"fmt"
	"sort"
	"strings"
)

type Meters float64
type Feet float64

func (m Meters) ToFeet() Feet { return Feet(m * 3.28084) }

type Words []string

func (w Words) Len() int { return len(w) }
func (w Words) Less(i, j int) bool {
	return len(w[i]) < len(w[j]) || len(w[i]) == len(w[j]) && w[i] < w[j]
}
func (w Words) Swap(i, j int) { w[i], w[j] = w[j], w[i] }
func (w Words) Join() string  { return strings.Join(w, "+") }

type Handler func(string) string

func (h Handler) Twice(s string) string { return h(h(s)) }

type Set map[string]bool

func (s Set) Add(k string) Set  { s[k] = true; return s }
func (s Set) Has(k string) bool { return s[k] }

type Matrix [2][2]int

func (m Matrix) Mul(o Matrix) (r Matrix) {
	for i := range 2 {
		for j := range 2 {
			for k := range 2 {
				r[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return
}

func main() {
	m := Meters(100)
	fmt.Printf("%.2f %T\n", m.ToFeet(), m.ToFeet())
	// conversion between named types with the same underlying type
	f := Feet(m)
	fmt.Println(f, float64(f)+1)

	w := Words{"banana", "fig", "apple", "kiwi", "date"}
	sort.Sort(w)
	fmt.Println(w, w.Join())
	// a []string is assignable to Words (unnamed -> named)
	var w2 Words = []string{"x", "y"}
	fmt.Println(w2.Join(), len(w2))
	// named function type
	exclaim := Handler(func(s string) string { return s + "!" })
	fmt.Println(exclaim.Twice("hi"))
	s := Set{}
	s.Add("a").Add("b")
	fmt.Println(s.Has("a"), s.Has("z"), s)
	// named array type with methods
	fib := Matrix{{1, 1}, {1, 0}}
	r := Matrix{{1, 0}, {0, 1}}
	for range 10 {
		r = r.Mul(fib)
	}
	fmt.Println(r, r[0][1])
	// named types in %T
	fmt.Printf("%T %T %T %T\n", w, exclaim, s, r)
	// underlying type operations
	type Score int
	scores := []Score{3, 1, 2}
	sort.Slice(scores, func(i, j int) bool { return scores[i] < scores[j] })
	var total Score
	for _, sc := range scores {
		total += sc
	}
	fmt.Println(scores, total, total*2, int(total)/2)
}
