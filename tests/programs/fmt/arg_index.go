package main

import "fmt"

func main() {
	fmt.Printf("%[2]s %[1]s\n", "world", "hello")
	fmt.Printf("%[1]d %[1]x %[1]o %[1]b %[1]c %[1]q %[1]U\n", 65)
	fmt.Printf("%[3]v %v %v\n", 1, 2, 3, 4) // after %[3], next is 4
	fmt.Printf("%[2]v %v\n", 1, 2, 3)
	fmt.Printf("%v %[1]v %v\n", "a", "b")
	fmt.Printf("%[1]*[2]d|\n", 6, 42)
	fmt.Printf("%[2]*[1]d|\n", 42, 6)
	fmt.Printf("%-[1]*[2]d|\n", 6, 42)
	fmt.Printf("%.[1]*[2]f\n", 3, 3.14159)
	fmt.Printf("%[1]T %[1]v %[2]T %[2]v\n", 1.5, "s")
	// repeating a value in a template
	name := "Gopher"
	fmt.Printf("Hello %[1]s! Goodbye %[1]s! (%[1]q has %[2]d letters)\n", name, len(name))
	// out of range and bad indexes
	fmt.Printf("%[4]d\n", 1, 2)
	fmt.Printf("%[0]d %[-1]d\n", 1)
	fmt.Printf("%[1]d %[1]d\n", 9, 10)
	fmt.Printf("%[2]d\n", 9, 10)
	fmt.Printf("%[1]d %[3]d\n", 9, 10, 11)
}
