// Example program: octal escape too large.
// Real Go rejects it at compile time.
package main

import "fmt"

func main() {
	b := '\400'
	fmt.Println(b)
}
