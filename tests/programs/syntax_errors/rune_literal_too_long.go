// Example program: rune literal too long.
// Real Go rejects it at compile time.
package main

import "fmt"

func main() {
	sep := ', '
	fmt.Println(sep)
}
