// Example program: send on non channel.
// Real Go rejects it at compile time.
package main

import "fmt"

func main() {
	queue := []int{}
	queue <- 5
	fmt.Println(queue)
}
