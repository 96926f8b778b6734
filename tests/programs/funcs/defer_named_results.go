package main

import (
	"errors"
	"fmt"
)

func double(x int) (result int) {
	defer func() { result *= 2 }()
	return x + 1
}

func counter() (n int) {
	defer func() { n++ }()
	defer func() { n *= 10 }()
	n = 1
	return n + 1 // n = 2, then *10, then +1
}

func unnamed() int {
	x := 5
	defer func() { x = 100 }() // does not affect the returned value
	return x
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			q = -1
		}
	}()
	return a / b, nil
}

func withCleanup(fail bool) (err error) {
	defer func() {
		cerr := errors.New("close failed")
		if err == nil {
			err = cerr
		} else {
			err = errors.Join(err, cerr)
		}
	}()
	if fail {
		return errors.New("work failed")
	}
	return nil
}

func annotate(name string) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("%s: %w", name, err)
		}
	}()
	if name == "bad" {
		return errors.New("invalid input")
	}
	return nil
}

func returnsPointer() (p *int) {
	v := 1
	p = &v
	defer func() { *p = 42 }()
	return p
}

func main() {
	fmt.Println(double(3))
	fmt.Println(counter())
	fmt.Println(unnamed())
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(withCleanup(false))
	fmt.Println(withCleanup(true))
	fmt.Println(annotate("good"), annotate("bad"))
	fmt.Println(*returnsPointer())
}
