// Example program: map key slice type.
// Real Go rejects it at compile time.
package main

import "fmt"

func main() {
	seen := map[[]int]bool{}
	fmt.Println(len(seen))
}
