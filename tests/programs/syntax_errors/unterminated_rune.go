// Example program: unterminated rune.
// Real Go rejects it at compile time.
package main

import "fmt"

func main() {
	sep := ',
	fmt.Println(string(sep))
}
