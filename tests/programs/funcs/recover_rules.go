package main

import "fmt"

func helper() any { return recover() } // not called directly by the deferred func

func indirect() (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg += fmt.Sprint("; later defer caught: ", r)
		}
	}()
	defer func() {
		r := helper() // returns nil: helper is not the deferred function
		msg = fmt.Sprint("helper got: ", r)
	}()
	panic("boom")
}

// a recover inside a function deferred by a deferred function does not see
// the outer panic
func nestedDefer() (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg += fmt.Sprint("; outer caught: ", r)
		}
	}()
	defer func() {
		defer func() {
			msg = fmt.Sprint("nested recover: ", recover())
		}()
	}()
	panic("bang")
}

func direct() (msg string) {
	defer func() {
		msg = fmt.Sprint("direct got: ", recover())
	}()
	panic("boom")
}

func deferredRecoverCall() (msg string) {
	defer func() {
		if msg == "" {
			msg = "panic escaped the first defer"
		}
	}()
	defer func() {
		if r := recover(); r != nil {
			msg = "caught by closure"
		}
	}()
	defer recover() // recover itself is the deferred call, so it is not called BY a deferred function
	panic("p")
}

func panicInDefer() (msg string) {
	defer func() {
		msg = fmt.Sprint("final: ", recover())
	}()
	defer func() {
		panic("second panic")
	}()
	panic("first panic")
}

func recoverThenContinue() []string {
	var log []string
	for i := 0; i < 4; i++ {
		func() {
			defer func() {
				if r := recover(); r != nil {
					log = append(log, fmt.Sprint("recovered ", r))
				}
			}()
			if i%2 == 1 {
				panic(i)
			}
			log = append(log, fmt.Sprint("ok ", i))
		}()
	}
	return log
}

func main() {
	fmt.Println(indirect())
	fmt.Println(nestedDefer())
	fmt.Println(direct())
	fmt.Println(deferredRecoverCall())
	fmt.Println(panicInDefer())
	fmt.Println(recoverThenContinue())
}
