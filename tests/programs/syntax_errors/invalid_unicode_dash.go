// Example program: invalid unicode dash.
// Real Go rejects it at compile time.
package main

import "fmt"

func main() {
	a, b := 10, 4
	fmt.Println(a – b)
}
