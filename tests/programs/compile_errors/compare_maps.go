// Example program: compare maps.
// Real Go rejects it at compile time.
package main

import "fmt"

func main() {
	m1 := map[string]int{"a": 1}
	m2 := map[string]int{"a": 1}
	fmt.Println(m1 == m2)
}
