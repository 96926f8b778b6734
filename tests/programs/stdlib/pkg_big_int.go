package main

import (
	"fmt"
	"math/big"
)

func vals() []*big.Int {
	var out []*big.Int
	for _, s := range []string{"0", "1", "-1", "2", "-2", "3", "7", "-7", "10", "255", "-256",
		"18446744073709551615", "18446744073709551616", "-18446744073709551616",
		"9223372036854775807", "-9223372036854775808", "9223372036854775808",
		"123456789012345678901234567890", "-98765432109876543210987654321",
		"340282366920938463463374607431768211455", "1000000000000000000000000000000000000007",
		"-5000000000000000000000000000000000000000000000000000000000001"} {
		v, ok := new(big.Int).SetString(s, 10)
		if !ok {
			panic(s)
		}
		out = append(out, v)
	}
	return out
}

func try(name string, f func() string) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	fmt.Println(name, f())
}

func main() {
	xs := vals()
	for _, x := range xs {
		fmt.Println("val", x, x.Sign(), x.BitLen(), x.Int64(), x.Uint64(), x.IsInt64(), x.IsUint64(), x.TrailingZeroBits())
		fmt.Println("  text", x.Text(2), x.Text(8), x.Text(16), x.Text(36), x.Text(62))
		fmt.Printf("  fmt %d|%x|%X|%o|%O|%b|%s|%v|%+d|% d|%#x|%#o|%#b|%10d|%-10d|%010d|%.5d|%8.3x|%q\n", x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x)
		fmt.Println("  neg/abs/not", new(big.Int).Neg(x), new(big.Int).Abs(x), new(big.Int).Not(x))
		for _, n := range []uint{0, 1, 3, 63, 64, 65, 130} {
			fmt.Println("  shift", n, new(big.Int).Lsh(x, n), new(big.Int).Rsh(x, n), x.Bit(int(n)), new(big.Int).SetBit(x, int(n), 1), new(big.Int).SetBit(x, int(n), 0))
		}
		if x.Sign() >= 0 {
			fmt.Println("  sqrt", new(big.Int).Sqrt(x), x.ProbablyPrime(20), x.Bytes())
		}
		for _, y := range xs {
			fmt.Println("  op", x, y, x.Cmp(y), x.CmpAbs(y),
				new(big.Int).Add(x, y), new(big.Int).Sub(x, y), new(big.Int).Mul(x, y),
				new(big.Int).And(x, y), new(big.Int).Or(x, y), new(big.Int).Xor(x, y), new(big.Int).AndNot(x, y))
			if y.Sign() != 0 {
				q, r := new(big.Int).QuoRem(x, y, new(big.Int))
				d, m := new(big.Int).DivMod(x, y, new(big.Int))
				fmt.Println("  div", new(big.Int).Quo(x, y), new(big.Int).Rem(x, y), new(big.Int).Div(x, y), new(big.Int).Mod(x, y), q, r, d, m)
			}
			a, b := new(big.Int), new(big.Int)
			g := new(big.Int).GCD(a, b, x, y)
			fmt.Println("  gcd", g, a, b, new(big.Int).GCD(nil, nil, x, y))
			if y.Sign() != 0 {
				inv := new(big.Int).ModInverse(x, y)
				fmt.Println("  modinv", inv)
			}
		}
	}
	for _, e := range []int64{0, 1, 2, 5, 64, 65, 100, -1, -3} {
		for _, b := range []int64{0, 1, -1, 2, -2, 3, 10, -7} {
			for _, m := range []int64{0, 1, 2, 7, 1000000007, -13} {
				var mm *big.Int
				if m != 0 {
					mm = big.NewInt(m)
				}
				r := new(big.Int).Exp(big.NewInt(b), big.NewInt(e), mm)
				fmt.Println("exp", b, e, m, r)
			}
			fmt.Println("exp nil", b, e, new(big.Int).Exp(big.NewInt(b), big.NewInt(e), nil))
		}
	}
	fmt.Println(new(big.Int).Exp(xs[17], xs[18], xs[20]))
	for _, s := range []string{"0x1F", "0b101", "0o17", "017", "0", "00", "-0x_ff", "1_000", "1__0", "_1", "1_", "0x", "", "+5", "-", "12a", "0X1p", "0_7", "08", "0b_1"} {
		v, ok := new(big.Int).SetString(s, 0)
		fmt.Println("parse0", s, v, ok)
	}
	for _, base := range []int{2, 8, 10, 16, 36, 37, 62} {
		for _, s := range []string{"101", "zz", "ZZ", "Zz", "1_0", "-77", "+f"} {
			v, ok := new(big.Int).SetString(s, base)
			fmt.Println("parse", base, s, v, ok)
		}
	}
	for _, r := range [][2]int64{{1, 20}, {5, 5}, {6, 5}, {-3, 3}, {-5, -1}, {-4, -1}, {10, 30}} {
		fmt.Println("mulrange", r, new(big.Int).MulRange(r[0], r[1]))
	}
	for _, nk := range [][2]int64{{10, 3}, {50, 25}, {5, 6}, {0, 0}, {100, 1}, {7, 0}} {
		fmt.Println("binomial", nk, new(big.Int).Binomial(nk[0], nk[1]))
	}
	for _, p := range []int64{0, 1, 2, 3, 4, 97, 91, 561, 7919, 1000003, 2147483647, 4294967297, 9223372036854775783} {
		fmt.Println("prime", p, big.NewInt(p).ProbablyPrime(0), big.NewInt(p).ProbablyPrime(10))
	}
	m127 := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 127), big.NewInt(1))
	m128 := new(big.Int).Add(m127, big.NewInt(2))
	fmt.Println("mersenne", m127.ProbablyPrime(5), m128.ProbablyPrime(5), new(big.Int).Mul(m127, m127).ProbablyPrime(5))
	f := big.NewInt(1)
	for i := int64(1); i <= 100; i++ {
		f.Mul(f, big.NewInt(i))
	}
	fmt.Println("100!", f, len(f.String()))
	q, r := new(big.Int).QuoRem(f, xs[17], new(big.Int))
	fmt.Println(q, r, new(big.Int).Sqrt(f))
	q, r = new(big.Int).QuoRem(f, new(big.Int).Sqrt(f), new(big.Int))
	fmt.Println(q, r)
	fmt.Println(new(big.Int).SetBytes([]byte{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}), new(big.Int).SetUint64(1<<63), new(big.Int).SetBits([]big.Word{0, 1}))
	fmt.Println(big.NewInt(255).FillBytes(make([]byte, 4)))
	var z big.Int
	fmt.Println(z.String(), z.Sign(), &z)
	var nilInt *big.Int
	fmt.Println(nilInt.String())
	fmt.Printf("%v %d %x\n", nilInt, nilInt, nilInt)
	fmt.Printf("%.0d|%.0x|%5.0d|%08.3d|%-8.3d|%+08d\n", big.NewInt(0), big.NewInt(0), big.NewInt(0), big.NewInt(-42), big.NewInt(42), big.NewInt(42))
	txt, _ := big.NewInt(-99).MarshalText()
	fmt.Println(string(txt), big.MaxBase)
	try("base1", func() string { v, ok := new(big.Int).SetString("1", 1); return fmt.Sprint(v, ok) })
	try("base63", func() string { v, ok := new(big.Int).SetString("1", 63); return fmt.Sprint(v, ok) })
	try("text1", func() string { return big.NewInt(5).Text(1) })
	try("div0", func() string { return new(big.Int).Quo(big.NewInt(1), big.NewInt(0)).String() })
	try("mod0", func() string { return new(big.Int).Mod(big.NewInt(1), big.NewInt(0)).String() })
	try("sqrtneg", func() string { return new(big.Int).Sqrt(big.NewInt(-4)).String() })
	try("bitneg", func() string { return fmt.Sprint(big.NewInt(4).Bit(-1)) })
	try("primeneg", func() string { return fmt.Sprint(big.NewInt(4).ProbablyPrime(-1)) })
	try("modinv0", func() string { return fmt.Sprint(new(big.Int).ModInverse(big.NewInt(3), big.NewInt(0))) })
	// Alias-heavy chains.
	a := big.NewInt(7)
	a.Mul(a, a).Add(a, a).Sub(a, big.NewInt(1)).Lsh(a, 70).Rsh(a, 3)
	fmt.Println(a)
	a.Exp(a, big.NewInt(3), a)
	fmt.Println(a)
	b := big.NewInt(-17)
	b.QuoRem(b, big.NewInt(5), b)
	fmt.Println(b)
}
