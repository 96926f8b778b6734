package main

import "fmt"

type Buffer struct {
	data []int
}

func NewBuffer(n, capacity int) *Buffer {
	return &Buffer{data: make([]int, n, capacity)}
}

// Extend grows the visible part of the buffer in place.
func (b *Buffer) Extend(n int) {
	b.data = b.data[:n]
}

func main() {
	b := NewBuffer(3, 5)
	for i := range b.data {
		b.data[i] = i + 1
	}
	fmt.Println(b.data, len(b.data), cap(b.data))
	b.Extend(2)
	fmt.Println(b.data)
	b.Extend(5)
	fmt.Println(b.data, "(reslicing up to cap is allowed)")
	b.Extend(6)
	fmt.Println("unreachable")
}
