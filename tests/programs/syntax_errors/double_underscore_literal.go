// Example program: double underscore literal.
// Real Go rejects it at compile time.
package main

import "fmt"

func main() {
	budget := 1__000
	fmt.Println(budget)
}
