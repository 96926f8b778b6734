package main

import "fmt"

type Buffer struct {
	data []byte
}

func (b *Buffer) Write(s string) {
	b.data = append(b.data, s...)
}

func main() {
	Buffer{}.Write("x")
	fmt.Println("written")
}
