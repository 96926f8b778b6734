// Example program: map index wrong key type.
// Real Go rejects it at compile time.
package main

import "fmt"

func main() {
	ages := map[string]int{"ana": 30}
	fmt.Println(ages[1])
}
