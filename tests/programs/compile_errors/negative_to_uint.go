// Example program: negative to uint.
// Real Go rejects it at compile time.
package main

import "fmt"

func main() {
	var retries uint = -1
	fmt.Println(retries)
}
