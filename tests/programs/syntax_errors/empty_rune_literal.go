// Example program: empty rune literal.
// Real Go rejects it at compile time.
package main

import "fmt"

func main() {
	var r rune = ''
	fmt.Println(r)
}
