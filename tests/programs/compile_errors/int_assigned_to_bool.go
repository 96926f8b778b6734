// Example program: int assigned to bool.
// Real Go rejects it at compile time.
package main

import "fmt"

func main() {
	var done bool
	done = 1
	fmt.Println(done)
}
