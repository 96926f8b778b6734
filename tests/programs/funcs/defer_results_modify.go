package main

import (
	"errors"
	"fmt"
)

func double() (n int) {
	defer func() { n *= 2 }()
	n = 3
	return n + 1
}

func unnamed() int {
	x := 10
	defer func() { x = 100 }()
	return x
}

func withErr(fail bool) (res string, err error) {
	defer func() {
		if err != nil {
			res = "failed: " + res
			err = errors.New("replaced by the deferred call")
		}
	}()
	if fail {
		return "partial", errors.New("boom")
	}
	return "ok", nil
}

func counter() (count int) {
	for i := 0; i < 4; i++ {
		defer func() { count += i }()
	}
	return 100
}

func bare() (a, b int) {
	defer func() { a, b = b, a }()
	a, b = 1, 2
	return
}

type pair struct{ x, y int }

func structResult() (p pair) {
	defer func() { p.y = p.x * 10 }()
	return pair{x: 4}
}

func main() {
	fmt.Println(double())
	fmt.Println(unnamed())
	r, err := withErr(false)
	fmt.Println(r, err == nil)
	r, err = withErr(true)
	fmt.Println(r, err == nil)
	fmt.Println(counter())
	a, b := bare()
	fmt.Println(a, b)
	fmt.Println(structResult())
}
