// Example program: invalid indirect.
// Real Go rejects it at compile time.
package main

import "fmt"

func main() {
	count := 5
	fmt.Println(*count)
}
