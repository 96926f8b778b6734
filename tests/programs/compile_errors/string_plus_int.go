// Example program: string plus int.
// Real Go rejects it at compile time.
package main

import "fmt"

func main() {
	id := 7
	label := "worker-" + id
	fmt.Println(label)
}
