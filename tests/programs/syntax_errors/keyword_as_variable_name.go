// Example program: keyword as variable name.
// Real Go rejects it at compile time.
package main

import "fmt"

func main() {
	type := "worker"
	fmt.Println(type)
}
