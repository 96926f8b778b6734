package main

import (
	"errors"
	"fmt"
)

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

func main() {
	e := errors.New("simple")
	fmt.Println(e)
	fmt.Printf("%v|%s|%q|%+v|%x\n", e, e, e, e, e)
	fmt.Printf("%d\n", e)
	w := fmt.Errorf("wrapped: %w", e)
	fmt.Printf("%v|%s|%q\n", w, w, w)
	nf := &NotFound{"k1"}
	fmt.Println(nf)
	fmt.Printf("%v %+v %s\n", nf, nf, nf)
	var err error = nf
	fmt.Printf("%v %T\n", err, err)
	// error in a struct field and slice
	type Result struct {
		Val int
		Err error
	}
	fmt.Printf("%v %+v\n", Result{1, nil}, Result{0, e})
	fmt.Println([]error{e, nf, nil})
	// Errorf formatting verbs
	e2 := fmt.Errorf("user %q (id=%d) failed after %.1fs: %v", "ann", 7, 1.25, e)
	fmt.Println(e2)
	fmt.Printf("%10v|%-10v|\n", errors.New("pad"), errors.New("pad"))
	// joined errors print on separate lines
	j := errors.Join(errors.New("first"), errors.New("second"))
	fmt.Printf("%v\n", j)
	fmt.Printf("%q\n", j)
	fmt.Println(fmt.Sprint(e, nf))
}
