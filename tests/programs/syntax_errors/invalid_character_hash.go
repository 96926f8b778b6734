// Example program: invalid character hash.
// Real Go rejects it at compile time.
package main

import "fmt"

func main() {
	# count the workers
	n := 3
	fmt.Println(n)
}
