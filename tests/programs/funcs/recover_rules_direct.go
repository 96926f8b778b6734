package main

import "fmt"

func helper() any { return recover() }

func indirect() (got any) {
	defer func() {
		got = helper() // not called directly by the deferred function: nil
		if got == nil {
			got = fmt.Sprint("helper got nil; direct got ", recover())
		}
	}()
	panic("p1")
}

func notPanicking() {
	defer func() {
		fmt.Println("recover without panic:", recover())
	}()
}

func twice() {
	defer func() {
		fmt.Println("first recover:", recover())
		fmt.Println("second recover:", recover())
	}()
	panic("once")
}

func nestedDefer() {
	defer func() {
		func() {
			defer func() {
				// runs at the normal return of the inner function: nil
				fmt.Println("inner deferred:", recover())
			}()
		}()
		fmt.Println("outer deferred:", recover())
	}()
	panic("deep")
}

func continueAfter() int {
	defer fmt.Println("continueAfter: remaining defer runs")
	defer func() { recover() }()
	panic("x")
}

func main() {
	fmt.Println(indirect())
	notPanicking()
	twice()
	nestedDefer()
	fmt.Println("continueAfter returned", continueAfter())
	fmt.Println("recover in main:", recover())
}
