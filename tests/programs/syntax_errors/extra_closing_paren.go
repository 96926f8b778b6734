// Example program: extra closing paren.
// Real Go rejects it at compile time.
package main

import "fmt"

func main() {
	sum := (1 + 2) * 3)
	fmt.Println(sum)
}
