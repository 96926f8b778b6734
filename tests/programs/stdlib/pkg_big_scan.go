package main

import (
	"fmt"
	"math/big"
)

func main() {
	for _, in := range []string{"123", "-45 6", "+7", "0x1f", "0X_ff", "0b101", "0o17", "017", "08", "0", "00", "0x", "0b", "-", "abc", "", "  99x", "1_000", "1__0", "_1", "1_", "0_7", "12345678901234567890123", "0x1_", "-0", "9a"} {
		for _, verb := range []string{"%v", "%d", "%x", "%b", "%o", "%s", "%q"} {
			x := big.NewInt(-1)
			n, err := fmt.Sscanf(in, verb, x)
			fmt.Printf("%q %s -> %d %v %v\n", in, verb, n, x, err)
		}
		var y big.Int
		n, err := fmt.Sscan(in, &y)
		fmt.Printf("  Sscan %d %v %v\n", n, &y, err)
	}
	var a, b big.Int
	n, err := fmt.Sscan("12 -34", &a, &b)
	fmt.Println(n, err, &a, &b)
	for _, in := range []string{"1/3", "-2/4", "1.5", "3", "x", "1e3", "2/0"} {
		r := new(big.Rat)
		n, err := fmt.Sscan(in, r)
		fmt.Println(in, n, err, r)
	}
}
