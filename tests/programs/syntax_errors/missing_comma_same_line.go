// Example program: missing comma same line.
// Real Go rejects it at compile time.
package main

import "fmt"

func main() {
	name := "worker"
	id := 7
	fmt.Println("started" name, id)
}
