package main

import (
	"fmt"
	"math/big"
)

func try(name string, f func() string) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	fmt.Println(name, f())
}

func main() {
	var rs []*big.Rat
	for _, p := range [][2]int64{{0, 1}, {1, 3}, {-1, 3}, {2, 4}, {6, -4}, {-7, -14}, {22, 7}, {355, 113}, {1, 1}, {-5, 1}, {1000000007, 998244353}, {-1, 1 << 62}} {
		rs = append(rs, big.NewRat(p[0], p[1]))
	}
	for _, s := range []string{"3/4", "-3/4", "0x10/4", "1.25", "-0.125", "1e3", "1.5e-3", "-2E+2", ".5", "5.", "007", "1/0", "", "1/-2", "abc", "1.2.3", "+8/12", "1e", "0.000", "12345678901234567890.0987654321"} {
		r, ok := new(big.Rat).SetString(s)
		fmt.Println("parse", s, r, ok)
		if ok {
			rs = append(rs, r)
		}
	}
	for _, x := range rs {
		fmt.Println("rat", x, x.RatString(), x.Sign(), x.IsInt(), x.Num(), x.Denom())
		for _, p := range []int{0, 1, 2, 3, 5, 10} {
			fmt.Print(" ", x.FloatString(p))
		}
		fmt.Println()
		fmt.Println("  neg/abs", new(big.Rat).Neg(x), new(big.Rat).Abs(x))
		if x.Sign() != 0 {
			fmt.Println("  inv", new(big.Rat).Inv(x))
		}
		for _, y := range rs[:12] {
			fmt.Println("  op", x.Cmp(y), new(big.Rat).Add(x, y), new(big.Rat).Sub(x, y), new(big.Rat).Mul(x, y))
			if y.Sign() != 0 {
				fmt.Println("  quo", new(big.Rat).Quo(x, y))
			}
		}
	}
	var z big.Rat
	fmt.Println(z.String(), z.Denom(), z.Num(), z.IsInt(), z.FloatString(2))
	fmt.Println(new(big.Rat).SetInt(big.NewInt(-9)), new(big.Rat).SetInt64(12), new(big.Rat).SetUint64(1<<63), new(big.Rat).SetFrac(big.NewInt(10), big.NewInt(-4)))
	fmt.Println(big.NewRat(1, 2).FloatString(0), big.NewRat(-1, 2).FloatString(0), big.NewRat(3, 2).FloatString(0), big.NewRat(-5, 1000).FloatString(2), big.NewRat(-4, 1000).FloatString(2), big.NewRat(999, 1000).FloatString(2))
	r := big.NewRat(1, 3)
	r.Add(r, big.NewRat(1, 6))
	fmt.Println(r, r.FloatString(5))
	fmt.Printf("%v %s\n", r, r)
	try("newrat0", func() string { return big.NewRat(1, 0).String() })
	try("quo0", func() string { return new(big.Rat).Quo(r, new(big.Rat)).String() })
	try("inv0", func() string { return new(big.Rat).Inv(new(big.Rat)).String() })
}
