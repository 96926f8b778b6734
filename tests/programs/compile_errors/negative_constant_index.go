// Example program: negative constant index.
// Real Go rejects it at compile time.
package main

import "fmt"

func main() {
	xs := []int{1, 2, 3}
	fmt.Println(xs[-1])
}
