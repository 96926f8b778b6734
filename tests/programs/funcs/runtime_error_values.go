package main

import (
	"errors"
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		err, isErr := r.(error)
		_, isRuntime := r.(runtime.Error)
		fmt.Printf("%-10s isError=%v runtime=%v\n", name, isErr, isRuntime)
		if isErr {
			fmt.Println("   ", err.Error())
		} else {
			fmt.Println("   ", r)
		}
	}()
	f()
}

type Shape interface{ Area() float64 }

func main() {
	var s []int
	var m map[string]int
	var p *struct{ X int }
	var i any = "str"
	zero := 0
	idx := 5
	try("index", func() { _ = []int{1, 2, 3}[idx] })
	try("nilslice", func() { _ = s[0] })
	try("slice", func() { _ = []int{1, 2, 3}[1:idx] })
	try("slice2", func() { lo := 3; _ = "hello"[lo:2] })
	try("nilmap", func() { m["a"] = 1 })
	try("divide", func() { _ = 10 / zero })
	try("modulo", func() { _ = 10 % zero })
	try("nilptr", func() { p.X = 1 })
	try("assert", func() { _ = i.(int) })
	try("assertif", func() { _ = i.(Shape) })
	try("custom", func() { panic(errors.New("custom error")) })
	try("string", func() { panic("just a string") })
	try("array", func() {
		var a [4]int
		k := -1 + zero
		_ = a[k+idx]
	})
	try("conv", func() {
		sl := []int{1, 2}
		_ = [3]int(sl)
	})
	try("nilfunc", func() {
		var f func()
		f()
	})
	try("makeslice", func() {
		n := -1 + zero
		_ = make([]int, n)
	})
	try("shift", func() {
		sh := -1 + zero
		_ = 1 << sh
	})
	fmt.Println("all recovered")
}
