// Example program: float constant truncated.
// Real Go rejects it at compile time.
package main

import "fmt"

func main() {
	var workers int = 2.5
	fmt.Println(workers)
}
