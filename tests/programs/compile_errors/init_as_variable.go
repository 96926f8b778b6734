// Example program: init as variable.
// Real Go rejects it at compile time.
package main

import "fmt"

var init = 5

func main() {
	fmt.Println("start")
}
