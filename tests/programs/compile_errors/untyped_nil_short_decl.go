// Example program: untyped nil short decl.
// Real Go rejects it at compile time.
package main

import "fmt"

func main() {
	result := nil
	fmt.Println(result)
}
