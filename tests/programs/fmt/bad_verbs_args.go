package main

import (
	"errors"
	"fmt"
)

type P struct{ X int }

func main() {
	fmt.Printf("%d\n", "hi")
	fmt.Printf("%s\n", 42)
	fmt.Printf("%t\n", "yes")
	fmt.Printf("%x\n", true)
	fmt.Printf("%c\n", "c")
	fmt.Printf("%e\n", "e")
	fmt.Printf("%d\n", 2.5)
	fmt.Printf("%q\n", 3.5)
	fmt.Printf("%z\n", 1)
	fmt.Printf("%!\n", 1)
	fmt.Printf("%d %d\n", P{1}, []string{"a"})
	fmt.Printf("%s\n", P{2})
	fmt.Printf("%d\n", map[string]string{"k": "v"})
	fmt.Printf("%s\n", errors.New("err as %s is fine"))
	fmt.Printf("%d\n", errors.New("err with %d"))
	// missing arguments
	fmt.Printf("%d %s %v\n", 1)
	fmt.Printf("%d %d\n")
	fmt.Printf("%*d\n", 5)
	// extra arguments
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("none\n", "a", 3, nil)
	fmt.Printf("%s %s\n", "a", "b", []int{1})
	// bad argument index
	fmt.Printf("%[3]d %[0]d %[x]d\n", 1, 2)
	fmt.Printf("%[2]d %d %d\n", 1, 2)
	fmt.Printf("%[1]d %[1]v %[1]q\n", 'A')
	// dangling percent
	fmt.Printf("100%\n")
	fmt.Printf("%")
	fmt.Println()
	fmt.Printf("%-")
	fmt.Println()
	// nil arguments
	fmt.Printf("%d %s %v %+v\n", nil, nil, nil, nil)
	// Sprintf returns the same text
	s := fmt.Sprintf("%d|%s", "x")
	fmt.Println(s)
	// Errorf with bad verbs
	e := fmt.Errorf("code %d: %s", "NaN")
	fmt.Println(e)
}
