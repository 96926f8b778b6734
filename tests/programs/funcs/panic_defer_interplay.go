package main

import (
	"errors"
	"fmt"
)

func cleanupOrder() {
	defer fmt.Println("cleanup 1 (runs last)")
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered in cleanup 2:", r)
		}
	}()
	defer fmt.Println("cleanup 3 (runs first)")
	panic("trouble")
}

// a deferred call that panics replaces the current panic
func replaced() (got any) {
	defer func() { got = recover() }()
	defer func() { panic("replacement") }()
	panic("original")
}

// recovering an error panic and converting to return value
func parseAll(inputs []string) (n int, err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = e
			} else {
				err = fmt.Errorf("panic: %v", r)
			}
		}
	}()
	for _, in := range inputs {
		if in == "" {
			panic(errors.New("empty input"))
		}
		if in == "!" {
			panic(in)
		}
		n++
	}
	return n, nil
}

// defer still runs when a runtime error happens
func withRuntimeError(xs []int, i int) (v int, msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint(r)
			v = -1
		}
	}()
	return xs[i], "ok"
}

type Tx struct {
	log       []string
	committed bool
}

func (t *Tx) Rollback() {
	if !t.committed {
		t.log = append(t.log, "rollback")
	}
}

func doTx(fail bool) (log []string) {
	tx := &Tx{}
	defer func() {
		recover()
		log = tx.log
	}()
	defer tx.Rollback()
	tx.log = append(tx.log, "begin", "update")
	if fail {
		panic("db error")
	}
	tx.committed = true
	tx.log = append(tx.log, "commit")
	return
}

func main() {
	cleanupOrder()
	fmt.Println("replaced:", replaced())
	fmt.Println(parseAll([]string{"a", "b"}))
	fmt.Println(parseAll([]string{"a", "", "b"}))
	fmt.Println(parseAll([]string{"!"}))
	fmt.Println(withRuntimeError([]int{1, 2}, 1))
	fmt.Println(withRuntimeError([]int{1, 2}, 5))
	fmt.Println(doTx(false))
	fmt.Println(doTx(true))
}
