// Example program: bad escape sequence.
// Real Go rejects it at compile time.
package main

import "fmt"

func main() {
	path := "C:\temp\queue"
	fmt.Println(path)
	fmt.Println("tab:\q done")
}
