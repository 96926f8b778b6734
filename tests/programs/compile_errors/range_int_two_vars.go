// Example program: range int two vars.
// Real Go rejects it at compile time.
package main

import "fmt"

func main() {
	for i, j := range 5 {
		fmt.Println(i, j)
	}
}
