package main

import (
	"container/list"
	"container/ring"
	"fmt"
)

func printList(l *list.List) {
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println("| len", l.Len())
}

func main() {
	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	printList(l)
	l.MoveToBack(e1)
	printList(l)
	l.Remove(e4)
	printList(l)
	other := list.New()
	other.PushBack("x")
	other.PushBack("y")
	l.PushBackList(other)
	printList(l)
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println()
	fmt.Println(l.Front().Value, l.Back().Value)

	r := ring.New(5)
	for i := 1; i <= r.Len(); i++ {
		r.Value = i * i
		r = r.Next()
	}
	r.Do(func(v any) { fmt.Print(v, " ") })
	fmt.Println()
	r = r.Move(2)
	sum := 0
	r.Do(func(v any) { sum += v.(int) })
	fmt.Println(r.Value, sum)
	removed := r.Unlink(2)
	fmt.Println(r.Len(), removed.Len())
}
