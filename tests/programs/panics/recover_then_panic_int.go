package main

import "fmt"

type Code int

func step(n int) (res int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("step", n, "recovered", r)
			res = -n
		}
	}()
	if n%2 == 1 {
		panic(Code(n))
	}
	return n * 10
}

func main() {
	for i := 0; i < 4; i++ {
		fmt.Println(step(i))
	}
	defer func() {
		r := recover()
		fmt.Println("main recovered", r)
		panic(Code(99))
	}()
	panic(3.25)
}
