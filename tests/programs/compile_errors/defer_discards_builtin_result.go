// Example program: defer discards builtin result.
// Real Go rejects it at compile time.
package main

import "fmt"

func main() {
	items := []int{1, 2, 3}
	defer len(items)
	fmt.Println(items)
}
