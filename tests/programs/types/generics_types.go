package main

import (
	"cmp"
	"fmt"
	"strings"
)

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func MakePair[K comparable, V any](k K, v V) Pair[K, V] { return Pair[K, V]{k, v} }

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) Push(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *List[T]) All() func(yield func(T) bool) {
	return func(yield func(T) bool) {
		for n := l.head; n != nil; n = n.next {
			if !yield(n.val) {
				return
			}
		}
	}
}

type Tree[T cmp.Ordered] struct {
	root *tnode[T]
}

type tnode[T cmp.Ordered] struct {
	v           T
	left, right *tnode[T]
}

func (t *Tree[T]) Insert(v T) {
	p := &t.root
	for *p != nil {
		if v < (*p).v {
			p = &(*p).left
		} else {
			p = &(*p).right
		}
	}
	*p = &tnode[T]{v: v}
}

func (t *Tree[T]) InOrder() []T {
	var out []T
	var walk func(*tnode[T])
	walk = func(n *tnode[T]) {
		if n == nil {
			return
		}
		walk(n.left)
		out = append(out, n.v)
		walk(n.right)
	}
	walk(t.root)
	return out
}

type Optional[T any] struct {
	val   T
	valid bool
}

func Some[T any](v T) Optional[T]  { return Optional[T]{v, true} }
func None[T any]() Optional[T]     { return Optional[T]{} }
func (o Optional[T]) OrElse(d T) T { return map[bool]T{true: o.val, false: d}[o.valid] }

func main() {
	p := MakePair("age", 42)
	fmt.Println(p, p.Key, p.Val)
	fmt.Printf("%T\n", p)
	pairs := []Pair[string, bool]{{"a", true}, {"b", false}}
	fmt.Println(pairs)

	var l List[string]
	for _, s := range []string{"x", "y", "z"} {
		l.Push(s)
	}
	var parts []string
	for v := range l.All() {
		parts = append(parts, v)
	}
	fmt.Println(strings.Join(parts, ","), l.size)

	var t Tree[int]
	for _, v := range []int{5, 3, 8, 1, 4, 9, 7} {
		t.Insert(v)
	}
	fmt.Println(t.InOrder())
	var ts Tree[string]
	for _, v := range strings.Fields("the quick brown fox jumps") {
		ts.Insert(v)
	}
	fmt.Println(ts.InOrder())

	fmt.Println(Some(3).OrElse(0), None[int]().OrElse(-1), None[string]().OrElse("default"))
	fmt.Printf("%+v\n", Some([]int{1}))
}
