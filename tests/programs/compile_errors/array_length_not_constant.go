// Example program: array length not constant.
// Real Go rejects it at compile time.
package main

import "fmt"

func main() {
	n := 4
	var buf [n]int
	fmt.Println(n, buf)
}
