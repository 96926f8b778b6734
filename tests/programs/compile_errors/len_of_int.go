// Example program: len of int.
// Real Go rejects it at compile time.
package main

import "fmt"

func main() {
	n := 12345
	fmt.Println("digits:", len(n))
}
