// Example program: modulo on float.
// Real Go rejects it at compile time.
package main

import "fmt"

func main() {
	x := 7.5
	fmt.Println(x % 2)
}
