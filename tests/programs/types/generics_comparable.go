package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Set[T comparable] struct {
	m map[T]struct{}
}

func NewSet[T comparable](items ...T) *Set[T] {
	s := &Set[T]{m: make(map[T]struct{})}
	for _, it := range items {
		s.Add(it)
	}
	return s
}

func (s *Set[T]) Add(v T)      { s.m[v] = struct{}{} }
func (s *Set[T]) Has(v T) bool { _, ok := s.m[v]; return ok }
func (s *Set[T]) Len() int     { return len(s.m) }
func (s *Set[T]) Union(o *Set[T]) *Set[T] {
	r := NewSet[T]()
	for k := range s.m {
		r.Add(k)
	}
	for k := range o.m {
		r.Add(k)
	}
	return r
}
func (s *Set[T]) Intersect(o *Set[T]) *Set[T] {
	r := NewSet[T]()
	for k := range s.m {
		if o.Has(k) {
			r.Add(k)
		}
	}
	return r
}

func SortedItems[T cmp.Ordered](s *Set[T]) []T {
	out := make([]T, 0, s.Len())
	for k := range s.m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

func IndexOf[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

func Dedup[T comparable](xs []T) []T {
	seen := map[T]bool{}
	var out []T
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

func CountEq[T comparable](xs []T, v T) (n int) {
	for _, x := range xs {
		if x == v {
			n++
		}
	}
	return
}

type Point struct{ X, Y int }

func main() {
	a := NewSet(1, 2, 3, 4)
	b := NewSet(3, 4, 5)
	fmt.Println(SortedItems(a.Union(b)), SortedItems(a.Intersect(b)), a.Has(2), b.Has(2))
	words := NewSet("go", "rust", "go", "c")
	fmt.Println(words.Len(), SortedItems(words))
	fmt.Println(IndexOf([]string{"a", "b", "c"}, "c"), IndexOf([]float64{1.5}, 2))
	fmt.Println(IndexOf([]Point{{1, 2}, {3, 4}}, Point{3, 4}))
	fmt.Println(Dedup([]int{3, 1, 3, 2, 1}), Dedup([]Point{{1, 1}, {1, 1}, {0, 0}}))
	// interfaces are comparable (Go 1.20+)
	fmt.Println(CountEq([]any{1, "a", 1, 2.0, 1}, any(1)))
	var errs = []error{nil, nil}
	fmt.Println(CountEq(errs, nil))
	ps := NewSet(Point{0, 0}, Point{0, 0}, Point{1, 0})
	fmt.Println(ps.Len(), ps.Has(Point{1, 0}))
	arrs := NewSet([2]int{1, 2}, [2]int{1, 2})
	fmt.Println(arrs.Len())
}
