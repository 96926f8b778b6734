package main

import (
	"errors"
	"fmt"
)

func mayPanic(kind int) {
	switch kind {
	case 0:
		panic("a string")
	case 1:
		panic(errors.New("an error"))
	case 2:
		panic(42)
	case 3:
		panic(fmt.Sprintf("formatted %d", 7))
	case 4:
		panic([]int{1, 2})
	}
	fmt.Println("no panic for kind", kind)
}

func protect(kind int) (result string) {
	defer func() {
		r := recover()
		if r == nil {
			result = "no panic"
			return
		}
		switch v := r.(type) {
		case string:
			result = "string: " + v
		case error:
			result = "error: " + v.Error()
		default:
			result = fmt.Sprintf("other %T: %v", v, v)
		}
	}()
	mayPanic(kind)
	return "unreachable?"
}

func deepPanic(n int) {
	defer fmt.Println("unwind", n)
	if n == 0 {
		panic("bottom")
	}
	deepPanic(n - 1)
}

func main() {
	for k := 0; k <= 5; k++ {
		fmt.Println(k, protect(k))
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		deepPanic(3)
	}()
	// after recovery the function returns normally to its caller
	fmt.Println("after", safeCall(func() { panic("x") }), safeCall(func() {}))
	// recover returns nil when not panicking
	fmt.Println(recover())
	func() {
		defer func() {
			fmt.Println("first recover:", recover())
			fmt.Println("second recover:", recover())
		}()
		panic("once")
	}()
}

func safeCall(f func()) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	f()
	return true
}
