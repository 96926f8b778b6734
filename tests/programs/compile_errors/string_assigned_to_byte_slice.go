// Example program: string assigned to byte slice.
// Real Go rejects it at compile time.
package main

import "fmt"

func main() {
	var payload []byte = "hello"
	fmt.Println(len(payload))
}
