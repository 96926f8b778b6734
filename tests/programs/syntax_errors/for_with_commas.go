// Example program: for with commas.
// Real Go rejects it at compile time.
package main

import "fmt"

func main() {
	for i := 0, i < 5, i++ {
		fmt.Println(i)
	}
}
