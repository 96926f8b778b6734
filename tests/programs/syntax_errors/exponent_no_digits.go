// Example program: exponent no digits.
// Real Go rejects it at compile time.
package main

import "fmt"

func main() {
	rate := 1.5e
	fmt.Println(rate)
}
