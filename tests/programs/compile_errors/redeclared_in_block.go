// Example program: redeclared in block.
// Real Go rejects it at compile time.
package main

import "fmt"

func main() {
	var total int
	var total float64
	fmt.Println(total)
}
