// Example program: iota outside const.
// Real Go rejects it at compile time.
package main

import "fmt"

func main() {
	id := iota
	fmt.Println(id)
}
