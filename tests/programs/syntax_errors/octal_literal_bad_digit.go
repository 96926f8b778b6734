// Example program: octal literal bad digit.
// Real Go rejects it at compile time.
package main

import "fmt"

func main() {
	perms := 0755
	month := 08
	fmt.Println(perms, month)
}
