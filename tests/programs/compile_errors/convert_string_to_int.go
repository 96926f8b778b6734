// Example program: convert string to int.
// Real Go rejects it at compile time.
package main

import "fmt"

func main() {
	input := "42"
	n := int(input)
	fmt.Println(n + 1)
}
