// The first program: golite runs it as Go does.
package main

import "fmt"

func main() {
	fmt.Println("Hello, golite!")
}
