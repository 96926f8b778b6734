// Example program: unused comparison.
// Real Go rejects it at compile time.
package main

import "fmt"

func main() {
	a, b := 3, 4
	a == b
	fmt.Println(a, b)
}
