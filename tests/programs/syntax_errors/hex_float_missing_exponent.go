// Example program: hex float missing exponent.
// Real Go rejects it at compile time.
package main

import "fmt"

func main() {
	f := 0x1.8
	fmt.Println(f)
}
