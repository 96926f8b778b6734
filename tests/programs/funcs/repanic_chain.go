package main

import (
	"errors"
	"fmt"
)

var ErrFatal = errors.New("fatal")

func level3() {
	panic(fmt.Errorf("level3 failed: %w", ErrFatal))
}

func level2() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("level2 saw:", r)
			panic(fmt.Sprintf("level2 wrapped(%v)", r))
		}
	}()
	level3()
}

func level1() (err error) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("level1 saw:", r)
			err = fmt.Errorf("level1: %v", r)
		}
	}()
	level2()
	return nil
}

func selective(v any) (res string) {
	defer func() {
		r := recover()
		if e, ok := r.(error); ok && errors.Is(e, ErrFatal) {
			res = "handled fatal"
			return
		}
		if r != nil {
			res = fmt.Sprint("re-panicking ", r)
			defer func() { res += " / caught again: " + fmt.Sprint(recover()) }()
			panic(r)
		}
	}()
	panic(v)
}

func main() {
	err := level1()
	fmt.Println("main got:", err)
	fmt.Println(selective(fmt.Errorf("wrap: %w", ErrFatal)))
	fmt.Println(selective("other"))
	// panics in sequence, each recovered
	total := 0
	for i := 1; i <= 3; i++ {
		func() {
			defer func() {
				if r := recover(); r != nil {
					total += r.(int)
				}
			}()
			panic(i * 10)
		}()
	}
	fmt.Println("total", total)
}
