// Example program: cannot use string as int.
// Real Go rejects it at compile time.
package main

import "fmt"

func main() {
	var retries int
	retries = "three"
	fmt.Println(retries)
}
