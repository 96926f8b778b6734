// Example program: const in for header.
// Real Go rejects it at compile time.
package main

import "fmt"

func main() {
	for var i = 0; i < 3; i++ {
		fmt.Println(i)
	}
}
