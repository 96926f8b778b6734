// Example program: binary literal bad digit.
// Real Go rejects it at compile time.
package main

import "fmt"

func main() {
	flags := 0b1021
	fmt.Println(flags)
}
