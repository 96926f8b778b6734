package main

import (
	"fmt"
	"math/big"
)

func main() {
	f := big.NewInt(1)
	for i := int64(1); i <= 50; i++ {
		f.Mul(f, big.NewInt(i))
	}
	fmt.Println("50! =", f)
	fmt.Println("digits:", len(f.String()))
	a, b := big.NewInt(0), big.NewInt(1)
	for i := 0; i < 200; i++ {
		a.Add(a, b)
		a, b = b, a
	}
	fmt.Println("fib(200) =", a)
	x, _ := new(big.Int).SetString("123456789012345678901234567890", 10)
	y := big.NewInt(987654321)
	q, m := new(big.Int).DivMod(x, y, new(big.Int))
	fmt.Println(q, m)
	fmt.Println(new(big.Int).Exp(big.NewInt(2), big.NewInt(100), nil))
	fmt.Println(new(big.Int).Exp(big.NewInt(3), big.NewInt(100), big.NewInt(1000000007)))
	fmt.Println(x.Cmp(y), y.Cmp(x), x.Sign(), new(big.Int).Neg(y))
	fmt.Println(new(big.Int).GCD(nil, nil, big.NewInt(462), big.NewInt(1071)))
	fmt.Println(big.NewInt(97).ProbablyPrime(10), big.NewInt(91).ProbablyPrime(10))
	fmt.Println(x.Text(16), x.BitLen())
	r := big.NewRat(1, 3)
	r.Add(r, big.NewRat(1, 6))
	fmt.Println(r, r.FloatString(5))
	fmt.Printf("%v %s %d\n", big.NewInt(-42), big.NewInt(7), big.NewInt(255))
}
