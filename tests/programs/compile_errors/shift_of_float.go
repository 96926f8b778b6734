// Example program: shift of float.
// Real Go rejects it at compile time.
package main

import "fmt"

func main() {
	size := 1.0
	fmt.Println(size << 3)
}
