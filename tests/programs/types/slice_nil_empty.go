package main

import (
	"fmt"
	"slices"
)

func collect(n int) []int {
	var out []int
	for i := 0; i < n; i++ {
		out = append(out, i)
	}
	return out
}

func main() {
	var nilSlice []int
	empty := []int{}
	made := make([]int, 0)
	fmt.Println(nilSlice == nil, empty == nil, made == nil)
	fmt.Println(len(nilSlice), cap(nilSlice), len(empty), cap(empty))
	fmt.Println(nilSlice, empty, made)
	fmt.Printf("%v %#v %#v\n", nilSlice, nilSlice, empty)
	// both are safe to range and append
	for range nilSlice {
		fmt.Println("never")
	}
	nilSlice = append(nilSlice, 1)
	fmt.Println(nilSlice)
	// slicing nil gives nil
	var ns []string
	sub := ns[:0]
	fmt.Println(sub == nil, len(ns[0:]))
	// slicing empty non-nil gives non-nil
	e2 := empty[:0]
	fmt.Println(e2 == nil)
	// functions returning nil slices
	r := collect(0)
	fmt.Println(r == nil, len(r), collect(3))
	// slices.Equal treats nil and empty as equal
	fmt.Println(slices.Equal(r, []int{}))
	// nil slice of slices
	var grid [][]int
	grid = append(grid, nil, []int{1})
	fmt.Println(len(grid), grid[0] == nil, grid)
	// interface holding a nil slice is not a nil interface
	var any interface{} = r
	fmt.Println(any == nil, any.([]int) == nil)
	// zeroing a slice variable
	full := []int{1, 2}
	full = nil
	fmt.Println(full == nil, len(full))
	// reflect-free check: nil byte slice to string
	var nb []byte
	fmt.Printf("%q %d\n", string(nb), len(nb))
	// clear vs nil
	c := []int{1, 2, 3}
	c = c[:0]
	fmt.Println(len(c), cap(c), c == nil)
}
