package main

import (
	"errors"
	"fmt"
)

type S string

func main() {
	// Print adds spaces between operands when neither is a string
	fmt.Print("a", "b", 1, 2, "c", 3.5, 4, "\n")
	fmt.Print(1, 2, 3, "\n")
	fmt.Print("x", 1, "y", "\n")
	fmt.Print(true, false, "\n")
	fmt.Print(nil, nil, "\n")
	fmt.Print([]int{1}, []int{2}, "\n")
	fmt.Print(S("named"), S("strings"), "\n") // named string types are strings too
	fmt.Print(errors.New("e1"), errors.New("e2"), "\n")
	// Println always adds spaces
	fmt.Println("a", "b", 1, 2)
	fmt.Println()
	fmt.Println("")
	fmt.Println(nil)
	// Sprint/Sprintln
	fmt.Printf("%q\n", fmt.Sprint("a", 1, 2, "b"))
	fmt.Printf("%q\n", fmt.Sprint(1, "a", 2))
	fmt.Printf("%q\n", fmt.Sprint(1.5, 2.5, 'x', 'y'))
	fmt.Printf("%q\n", fmt.Sprintln("a", 1, 2, "b"))
	fmt.Printf("%q\n", fmt.Sprint())
	fmt.Printf("%q\n", fmt.Sprintln())
	fmt.Printf("%q\n", fmt.Sprint("", ""))
	fmt.Printf("%q\n", fmt.Sprint(S("a"), S("b"), 1))
	fmt.Printf("%q\n", fmt.Sprint([]string{"a"}, "b", struct{}{}, 1))
	// Sprint of a single value equals %v
	vals := []any{42, "s", 3.25, []int{1}, map[string]int{"a": 1}, struct{ A int }{1}, nil}
	for _, v := range vals {
		fmt.Print(fmt.Sprint(v) == fmt.Sprintf("%v", v), " ")
	}
	fmt.Println()
	// Print returns byte counts
	n, err := fmt.Println("count me")
	fmt.Println(n, err)
	n, _ = fmt.Print("12345\n")
	fmt.Println(n)
	n, _ = fmt.Printf("%d-%s\n", 7, "seven")
	fmt.Println(n)
}
