// Example program: unterminated string.
// Real Go rejects it at compile time.
package main

import "fmt"

func main() {
	msg := "hello, goroutines
	fmt.Println(msg)
}
