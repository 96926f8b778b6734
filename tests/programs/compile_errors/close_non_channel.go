// Example program: close non channel.
// Real Go rejects it at compile time.
package main

import "fmt"

func main() {
	results := []string{"a"}
	close(results)
	fmt.Println(results)
}
