// Example program: value used as type.
// Real Go rejects it at compile time.
package main

import "fmt"

func main() {
	size := 3
	var buf [4]size
	fmt.Println(buf)
}
