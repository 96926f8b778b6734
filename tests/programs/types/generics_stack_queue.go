package main

import (
	"errors"
	"fmt"
)

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s *Stack[T]) Peek() (T, error) {
	if len(s.items) == 0 {
		return *new(T), errors.New("empty stack")
	}
	return s.items[len(s.items)-1], nil
}

func (s Stack[T]) Len() int { return len(s.items) }

type Queue[T any] struct {
	head, tail []T
}

func (q *Queue[T]) Enqueue(v T) { q.tail = append(q.tail, v) }

func (q *Queue[T]) Dequeue() (T, bool) {
	if len(q.head) == 0 {
		for len(q.tail) > 0 {
			n := len(q.tail) - 1
			q.head = append(q.head, q.tail[n])
			q.tail = q.tail[:n]
		}
	}
	if len(q.head) == 0 {
		var zero T
		return zero, false
	}
	n := len(q.head) - 1
	v := q.head[n]
	q.head = q.head[:n]
	return v, true
}

func (q *Queue[T]) Len() int { return len(q.head) + len(q.tail) }

func balanced(s string) bool {
	var st Stack[rune]
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	for _, r := range s {
		switch r {
		case '(', '[', '{':
			st.Push(r)
		case ')', ']', '}':
			top, ok := st.Pop()
			if !ok || top != pairs[r] {
				return false
			}
		}
	}
	return st.Len() == 0
}

func main() {
	var s Stack[int]
	for i := range 5 {
		s.Push(i * i)
	}
	fmt.Println(s.Len())
	top, err := s.Peek()
	fmt.Println(top, err)
	for {
		v, ok := s.Pop()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	_, err = s.Peek()
	fmt.Println(err)

	ss := &Stack[string]{}
	ss.Push("a")
	ss.Push("b")
	v, _ := ss.Pop()
	fmt.Println(v, ss.Len())
	fmt.Printf("%T %T\n", s, ss)

	var q Queue[string]
	q.Enqueue("x")
	q.Enqueue("y")
	a, _ := q.Dequeue()
	q.Enqueue("z")
	b, _ := q.Dequeue()
	c, _ := q.Dequeue()
	_, ok := q.Dequeue()
	fmt.Println(a, b, c, ok, q.Len())

	for _, t := range []string{"([]{})", "([)]", "((", "", "{[()()]}"} {
		fmt.Printf("%q %v\n", t, balanced(t))
	}
	// generic queue of structs
	var jq Queue[struct{ id int }]
	jq.Enqueue(struct{ id int }{1})
	j, _ := jq.Dequeue()
	fmt.Printf("%+v %d\n", j, jq.Len())
}
