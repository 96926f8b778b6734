// Example program: three index slice missing max.
// Real Go rejects it at compile time.
package main

import "fmt"

func main() {
	buf := make([]int, 10)
	window := buf[2:5:]
	fmt.Println(window)
}
