package main

import (
	"errors"
	"fmt"
)

var (
	ErrA = errors.New("error A")
	ErrB = errors.New("error B")
	ErrC = errors.New("error C")
)

type MultiErr []error

func (m MultiErr) Error() string   { return fmt.Sprintf("%d errors", len(m)) }
func (m MultiErr) Unwrap() []error { return m }

func validateAll(vals []int) error {
	var errs []error
	for i, v := range vals {
		if v < 0 {
			errs = append(errs, fmt.Errorf("item %d: negative value %d", i, v))
		}
	}
	return errors.Join(errs...)
}

func main() {
	j := errors.Join(ErrA, ErrB)
	fmt.Println(j)
	fmt.Println(errors.Is(j, ErrA), errors.Is(j, ErrB), errors.Is(j, ErrC))
	fmt.Println(errors.Join() == nil, errors.Join(nil, nil) == nil)
	single := errors.Join(nil, ErrC, nil)
	fmt.Printf("%q\n", single.Error())
	// multiple %w in one Errorf
	both := fmt.Errorf("both: %w and %w", ErrA, ErrC)
	fmt.Println(both, errors.Is(both, ErrA), errors.Is(both, ErrC), errors.Is(both, ErrB))
	fmt.Println(errors.Unwrap(both) == nil) // Unwrap() []error is not seen by errors.Unwrap
	// nested joins
	nested := fmt.Errorf("ctx: %w", errors.Join(ErrB, fmt.Errorf("deep: %w", ErrC)))
	fmt.Println(nested)
	fmt.Println(errors.Is(nested, ErrC))
	// custom multi-error
	m := MultiErr{ErrA, fmt.Errorf("x: %w", ErrB)}
	fmt.Println(m, errors.Is(m, ErrB), errors.Is(m, ErrC))
	fmt.Println(validateAll([]int{1, -2, 3, -4}))
	fmt.Println(validateAll([]int{1, 2}) == nil)
	// wrapping chains with %w and errors.Unwrap step by step
	e := fmt.Errorf("l1: %w", fmt.Errorf("l2: %w", fmt.Errorf("l3: %w", ErrA)))
	for e != nil {
		fmt.Println("->", e)
		e = errors.Unwrap(e)
	}
	// %w with a non-error operand
	bad := fmt.Errorf("value: %w", 42)
	fmt.Println(bad, errors.Unwrap(bad) == nil)
}
