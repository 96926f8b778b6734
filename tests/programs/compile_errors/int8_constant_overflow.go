// Example program: int8 constant overflow.
// Real Go rejects it at compile time.
package main

import "fmt"

func main() {
	var level int8 = 300
	fmt.Println(level)
}
