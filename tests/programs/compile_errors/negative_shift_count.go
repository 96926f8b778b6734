// Example program: negative shift count.
// Real Go rejects it at compile time.
package main

import "fmt"

func main() {
	flags := 1
	fmt.Println(flags << -1)
}
