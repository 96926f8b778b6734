package main

import (
	"errors"
	"fmt"
)

var x = "package"

func show() string { return x }

func parse(s string) (int, error) {
	if s == "" {
		return 0, errors.New("empty")
	}
	return len(s), nil
}

func main() {
	fmt.Println(x, show())
	x := "main"
	fmt.Println(x, show())
	{
		x := "block"
		x += "!"
		fmt.Println(x)
	}
	fmt.Println(x)

	// if/else chain shares the init scope
	if n, err := parse("abc"); err != nil {
		fmt.Println("error", err)
	} else if n > 2 {
		fmt.Println("long", n)
	} else {
		fmt.Println("short", n)
	}

	// := with at least one new variable reuses the existing one
	a, err := parse("hi")
	b, err := parse("")
	fmt.Println(a, b, err)

	// shadowing err in an inner scope leaves the outer unchanged
	var outerErr error
	if true {
		_, outerErr := parse("")
		_ = outerErr
	}
	fmt.Println("outer err still nil:", outerErr == nil)

	// loop variable shadows outer variable
	i := 100
	for i := 0; i < 2; i++ {
		fmt.Print("loop i=", i, " ")
	}
	fmt.Println("after i=", i)

	// switch case clauses have their own scope
	switch y := 3; y {
	case 3:
		y := "three"
		fmt.Println(y)
	}

	// shadowing a builtin and a type name locally
	{
		len := func(s string) int { return 42 }
		fmt.Println(len("abc"))
	}
	fmt.Println(len("abc"))
	{
		type int = string
		var v int = "now a string"
		fmt.Println(v)
	}
	true := false
	fmt.Println(true, !true)

	// function parameter shadowed inside
	f := func(v int) int {
		{
			v := v * 10
			v++
			_ = v
		}
		return v
	}
	fmt.Println(f(5))

	// closure captures the innermost variable
	var fs []func() string
	for _, s := range []string{"p", "q"} {
		s := s + s
		fs = append(fs, func() string { return s })
	}
	fmt.Println(fs[0](), fs[1]())
}
