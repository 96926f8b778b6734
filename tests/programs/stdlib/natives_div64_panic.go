// bits.Div64 with a quotient that overflows is Go's runtime error.
package main

import (
	"fmt"
	"math/bits"
)

func main() {
	q, r := bits.Div64(0, 10, 3)
	fmt.Println(q, r)
	q, r = bits.Div64(5, 10, 3)
	fmt.Println(q, r)
}
