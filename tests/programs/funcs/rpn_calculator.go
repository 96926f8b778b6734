package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

var ErrStack = errors.New("stack underflow")

type op struct {
	arity int
	fn    func(args []float64) (float64, error)
}

var ops = map[string]op{
	"+": {2, func(a []float64) (float64, error) { return a[0] + a[1], nil }},
	"-": {2, func(a []float64) (float64, error) { return a[0] - a[1], nil }},
	"*": {2, func(a []float64) (float64, error) { return a[0] * a[1], nil }},
	"/": {2, func(a []float64) (float64, error) {
		if a[1] == 0 {
			return 0, errors.New("division by zero")
		}
		return a[0] / a[1], nil
	}},
	"neg": {1, func(a []float64) (float64, error) { return -a[0], nil }},
	"max": {2, func(a []float64) (float64, error) { return max(a[0], a[1]), nil }},
}

func eval(expr string) (result float64, err error) {
	var stack []float64
	for i, tok := range strings.Fields(expr) {
		if o, ok := ops[tok]; ok {
			if len(stack) < o.arity {
				return 0, fmt.Errorf("token %d %q: %w", i, tok, ErrStack)
			}
			args := stack[len(stack)-o.arity:]
			v, err := o.fn(args)
			if err != nil {
				return 0, fmt.Errorf("token %d %q: %w", i, tok, err)
			}
			stack = append(stack[:len(stack)-o.arity], v)
			continue
		}
		v, err := strconv.ParseFloat(tok, 64)
		if err != nil {
			return 0, fmt.Errorf("token %d: %w", i, err)
		}
		stack = append(stack, v)
	}
	if len(stack) != 1 {
		return 0, fmt.Errorf("expected 1 value on stack, have %d", len(stack))
	}
	return stack[0], nil
}

func main() {
	exprs := []string{
		"3 4 +",
		"5 1 2 + 4 * + 3 -",
		"2 neg 3 max",
		"1 0 /",
		"1 +",
		"1 2",
		"1.5 x +",
		"10 3 /",
	}
	for _, e := range exprs {
		v, err := eval(e)
		if err != nil {
			fmt.Printf("%-20q error: %v (underflow=%v)\n", e, err, errors.Is(err, ErrStack))
			continue
		}
		fmt.Printf("%-20q = %g\n", e, v)
	}
}
