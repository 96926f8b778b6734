// Example program: string times int.
// Real Go rejects it at compile time.
package main

import "fmt"

func main() {
	sep := "-"
	n := 10
	fmt.Println(sep * n)
}
