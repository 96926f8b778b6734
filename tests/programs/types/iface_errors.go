package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type QueryErr struct {
	Query string
	Err   error
}

func (e *QueryErr) Error() string { return e.Query + ": " + e.Err.Error() }
func (e *QueryErr) Unwrap() error { return e.Err }

type ValErr struct{ n int }

func (v ValErr) Error() string { return fmt.Sprint("val ", v.n) }

func find(k string) error {
	if k == "" {
		return &QueryErr{"empty", ErrNotFound}
	}
	if k == "v" {
		return ValErr{7}
	}
	return nil
}

func mayFail(fail bool) (int, error) {
	if fail {
		return 0, fmt.Errorf("mayFail: %w", ErrNotFound)
	}
	return 1, nil
}

func main() {
	err := find("")
	fmt.Println(err != nil, err)
	var qe *QueryErr
	if errors.As(err, &qe) {
		fmt.Println("as:", qe.Query)
	}
	fmt.Println(errors.Unwrap(err) == ErrNotFound)
	if err := find("x"); err == nil {
		fmt.Println("nil error")
	}
	err = find("v")
	var ve ValErr
	fmt.Println(errors.As(err, &ve), ve.n)
	var target error
	fmt.Println(errors.As(err, &target), target)
	var st fmt.Stringer
	fmt.Println(errors.As(err, &st), st == nil)
	_, err = mayFail(true)
	fmt.Println(err, errors.Unwrap(err) == ErrNotFound)
	n, err := mayFail(false)
	fmt.Println(n, err)
	j := errors.Join(errors.New("a"), nil, errors.New("b"))
	fmt.Println(j)
	e3 := fmt.Errorf("one: %w and %v", ValErr{2}, ErrNotFound)
	fmt.Println(e3, errors.As(e3, &ve), ve.n)
	e4 := errors.New("not found")
	fmt.Println(e4 == ErrNotFound, e4.Error() == ErrNotFound.Error())
	var errs []error
	for i := 0; i < 3; i++ {
		errs = append(errs, fmt.Errorf("step %d", i))
	}
	for _, e := range errs {
		fmt.Println(e.Error())
	}
}
