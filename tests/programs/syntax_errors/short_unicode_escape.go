// Example program: short unicode escape.
// Real Go rejects it at compile time.
package main

import "fmt"

func main() {
	s := "smile \u263 ok"
	fmt.Println(s)
}
