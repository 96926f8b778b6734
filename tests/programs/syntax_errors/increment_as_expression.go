// Example program: increment as expression.
// Real Go rejects it at compile time.
package main

import "fmt"

func main() {
	count := 0
	next := count++
	fmt.Println(count, next)
}
