// Example program: hex literal no digits.
// Real Go rejects it at compile time.
package main

import "fmt"

func main() {
	mask := 0x
	fmt.Println(mask)
}
