package main

import (
	"fmt"
	"math/big"
)

func main() {
	r := new(big.Rat).SetInt64(5)
	r.Denom().Bits()[0] = 7
	fmt.Println(r, big.NewRat(3, 1), new(big.Int).Exp(big.NewInt(2), big.NewInt(0), nil))
	x := big.NewInt(-9)
	y := new(big.Int).Abs(x)
	y.Bits()[0] = 4
	fmt.Println(x, y)
	a, b := new(big.Int), new(big.Int)
	new(big.Int).GCD(a, b, big.NewInt(0), big.NewInt(5))
	b.Bits()[0] = 9
	fmt.Println(a, b, big.NewInt(1), new(big.Int).GCD(nil, nil, big.NewInt(3), big.NewInt(0)))
	fmt.Printf("%v %v\n", *big.NewInt(42), *big.NewRat(1, 3))
}
