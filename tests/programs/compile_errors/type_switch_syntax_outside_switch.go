// Example program: type switch syntax outside switch.
// Real Go rejects it at compile time.
package main

import "fmt"

func main() {
	var v any = 3
	t := v.(type)
	fmt.Println(t)
}
