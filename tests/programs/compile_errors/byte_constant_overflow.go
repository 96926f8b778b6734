// Example program: byte constant overflow.
// Real Go rejects it at compile time.
package main

import "fmt"

func main() {
	buf := make([]byte, 4)
	buf[0] = byte(256)
	fmt.Println(buf)
}
