// Example program: append to map.
// Real Go rejects it at compile time.
package main

import "fmt"

func main() {
	groups := map[string]int{}
	groups = append(groups, 1)
	fmt.Println(groups)
}
