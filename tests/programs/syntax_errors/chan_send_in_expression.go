// Example program: chan send in expression.
// Real Go rejects it at compile time.
package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	ok := ch <- 5
	fmt.Println(ok)
}
