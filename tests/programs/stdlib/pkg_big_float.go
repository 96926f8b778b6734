package main

import (
	"fmt"
	"math"
	"math/big"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(11))
	for i := 0; i < 300; i++ {
		x := new(big.Int).SetUint64(r.Uint64() >> uint(r.Intn(64)))
		x.Lsh(x, uint(r.Intn(1100)))
		if r.Intn(2) == 0 {
			x.Neg(x)
		}
		f, acc := x.Float64()
		y := new(big.Int).SetUint64(r.Uint64()>>uint(r.Intn(64)) | 1)
		y.Lsh(y, uint(r.Intn(1200)))
		q := new(big.Rat).SetFrac(x, y)
		g, ex := q.Float64()
		h, ex2 := q.Float32()
		fmt.Println(f, acc, g, ex, h, ex2)
		v := math.Float64frombits(r.Uint64())
		sr := new(big.Rat).SetFloat64(v)
		if sr != nil {
			back, e := sr.Float64()
			fmt.Println(v, sr.RatString() == new(big.Rat).SetFloat64(v).RatString(), back, e)
		} else {
			fmt.Println(v, "nil")
		}
		if i%50 == 0 {
			fmt.Println(sr)
		}
		a := big.NewInt(r.Int63n(2000) - 1000)
		b := big.NewInt(2*r.Int63n(500) + 1 - 500)
		fmt.Println(big.Jacobi(a, b))
	}
	for _, s := range []string{"1/3", "2/3", "1e-400", "-1e-320", "1e308", "2e308", "123456789012345678901/1000", "0", "-0.5", "4.9e-324", "2.4703282292062328e-324", "2.4703282292062327e-324", "340282356779733661637539395458142568448"} {
		q, _ := new(big.Rat).SetString(s)
		f, e := q.Float64()
		g, e2 := q.Float32()
		fmt.Println(s, f, e, g, e2)
	}
	fmt.Println(big.Below, big.Exact, big.Above, big.Accuracy(5))
	fmt.Println(new(big.Rat).SetFloat64(math.Copysign(0, -1)), new(big.Rat).SetFloat64(math.Inf(1)) == nil, new(big.Rat).SetFloat64(0.1))
	t, _ := big.NewRat(3, 4).MarshalText()
	t2, _ := big.NewRat(8, 4).MarshalText()
	var rr big.Rat
	fmt.Println(string(t), string(t2), rr.UnmarshalText([]byte("x")), rr.UnmarshalText([]byte("5/10")), &rr)
	func() {
		defer func() { fmt.Println(recover()) }()
		big.Jacobi(big.NewInt(3), big.NewInt(4))
	}()
}
