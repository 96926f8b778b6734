package main

import "fmt"

func closer(name string) {
	fmt.Println("closing", name)
	if name == "b" {
		panic("close " + name + " failed")
	}
}

func work() (n int) {
	defer closer("a")
	defer closer("b")
	defer closer("c")
	n = 7
	return n
}

func guarded() (n int, msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("caught: ", r)
		}
	}()
	n = work()
	return n, "fine"
}

func deep(k int) int {
	defer func() {
		if k == 0 {
			fmt.Println("deepest deferred call runs first")
		}
	}()
	if k == 0 {
		var p *int
		return *p
	}
	return deep(k-1) + 1
}

func catchDeep() (res int) {
	defer func() {
		if recover() != nil {
			res = -1
		}
	}()
	return deep(50)
}

func main() {
	n, msg := guarded()
	fmt.Println(n, msg)
	fmt.Println(catchDeep())
}
