// Example program: unused len result.
// Real Go rejects it at compile time.
package main

import "fmt"

func main() {
	names := []string{"a", "b"}
	len(names)
	fmt.Println(names)
}
