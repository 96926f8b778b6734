// Example program: increment string.
// Real Go rejects it at compile time.
package main

import "fmt"

func main() {
	version := "v1"
	version++
	fmt.Println(version)
}
