// Example program: division by constant zero.
// Real Go rejects it at compile time.
package main

import "fmt"

func main() {
	total := 100
	perWorker := total / 0
	fmt.Println(perWorker)
}
