// Example program: trailing underscore literal.
// Real Go rejects it at compile time.
package main

import "fmt"

func main() {
	n := 100_
	fmt.Println(n)
}
