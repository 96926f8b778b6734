// Example program: make slice missing len.
// Real Go rejects it at compile time.
package main

import "fmt"

func main() {
	buf := make([]byte)
	fmt.Println(len(buf))
}
