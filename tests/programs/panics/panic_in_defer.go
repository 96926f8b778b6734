package main

import "fmt"

type File struct {
	name   string
	closed bool
}

func (f *File) Close() {
	if f.closed {
		panic("close of closed file " + f.name)
	}
	f.closed = true
	fmt.Println("closed", f.name)
}

func process(f *File) {
	defer f.Close()
	fmt.Println("processing", f.name)
	f.Close() // closed early by mistake
	fmt.Println("done processing")
}

func main() {
	process(&File{name: "data.txt"})
	fmt.Println("unreachable")
}
