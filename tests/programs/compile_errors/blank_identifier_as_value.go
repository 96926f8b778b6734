// Example program: blank identifier as value.
// Real Go rejects it at compile time.
package main

import "fmt"

func main() {
	_ = 5
	x := _
	fmt.Println(x)
}
