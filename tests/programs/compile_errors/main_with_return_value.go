// Example program: main with return value.
// Real Go rejects it at compile time.
package main

import "fmt"

func main() int {
	fmt.Println("exit code")
	return 0
}
