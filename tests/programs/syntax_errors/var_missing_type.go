// Example program: var missing type.
// Real Go rejects it at compile time.
package main

import "fmt"

func main() {
	var result
	result = 3
	fmt.Println(result)
}
