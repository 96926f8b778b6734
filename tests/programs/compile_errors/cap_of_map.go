// Example program: cap of map.
// Real Go rejects it at compile time.
package main

import "fmt"

func main() {
	cache := make(map[string]int, 10)
	fmt.Println(cap(cache))
}
