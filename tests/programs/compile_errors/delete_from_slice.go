// Example program: delete from slice.
// Real Go rejects it at compile time.
package main

import "fmt"

func main() {
	items := []string{"a", "b", "c"}
	delete(items, 1)
	fmt.Println(items)
}
