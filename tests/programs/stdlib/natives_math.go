// Exercises the math and math/bits natives on ordinary and special
// values (signed zeros, infinities, NaN, subnormals, huge arguments).
package main

import (
	"fmt"
	"math"
	"math/bits"
)

func main() {
	xs := []float64{0, math.Copysign(0, -1), 0.5, -0.5, 1, -1, 2.5, -2.5, 10, 1e-310, 1e300, 710, -745.2, math.Pi, math.Inf(1), math.Inf(-1), math.NaN()}
	for i := 0; i < len(xs); i++ {
		x := xs[i]
		fmt.Println("x =", x)
		fmt.Println(" ", math.Sqrt(x), math.Cbrt(x), math.Exp(x), math.Exp2(x), math.Expm1(x))
		fmt.Println(" ", math.Log(x), math.Log10(x), math.Log2(x), math.Log1p(x), math.Logb(x), math.Ilogb(x))
		fmt.Println(" ", math.Sin(x), math.Cos(x), math.Tan(x), math.Asin(x), math.Acos(x), math.Atan(x))
		fmt.Println(" ", math.Sinh(x), math.Cosh(x), math.Tanh(x), math.Asinh(x), math.Acosh(x), math.Atanh(x))
		fmt.Println(" ", math.Floor(x), math.Ceil(x), math.Trunc(x), math.Round(x), math.RoundToEven(x))
		fmt.Println(" ", math.Erf(x), math.Erfc(x), math.Erfinv(x), math.Erfcinv(x), math.Gamma(x))
		fmt.Println(" ", math.J0(x), math.J1(x), math.Y0(x), math.Y1(x), math.Jn(3, x), math.Yn(2, x))
		fr, ex := math.Frexp(x)
		ip, fp := math.Modf(x)
		lg, sg := math.Lgamma(x)
		s, c := math.Sincos(x)
		fmt.Println(" ", fr, ex, ip, fp, lg, sg, s, c)
		fmt.Println(" ", math.Pow(x, 0.5), math.Pow(2, x), math.Atan2(x, -1), math.Hypot(x, 3), math.Mod(x, 3), math.Remainder(x, 3))
		fmt.Println(" ", math.Nextafter(x, 0), math.Ldexp(x, 3), math.FMA(x, 2, 1), math.Float64bits(x))
	}
	fmt.Println(math.Pow10(-324), math.Pow10(22), math.Pow10(309), math.Ldexp(0.5, -1074), math.Ldexp(1, 1024))
	fmt.Println(math.Float64frombits(0x7ff8000000000001), math.Float64frombits(1), math.Float32bits(1.5), math.Float32frombits(0x3f800001))
	fmt.Println(math.Float32bits(math.Float32frombits(0x7f800001)), math.Float32bits(float32(math.Copysign(0, -1))))
	fmt.Println(math.Nextafter32(1, 2), math.Nextafter32(0, -1), math.Nextafter(1, 2))
	fmt.Println(math.Mod(-7, 3), math.Mod(7, -3), math.Remainder(7, 2), math.Mod(1, 0))
	fmt.Println(math.Pow(-8, 1.0/3), math.Pow(0, -1), math.Pow(-1, math.Inf(1)), math.Pow(2, -1074))
	ws := []uint64{0, 1, 0x8000000000000000, 0xdeadbeefcafebabe, math.MaxUint64}
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		fmt.Println(bits.LeadingZeros64(w), bits.TrailingZeros64(w), bits.OnesCount64(w), bits.Len64(w), bits.Reverse64(w), bits.ReverseBytes64(w))
		fmt.Println(bits.LeadingZeros32(uint32(w)), bits.OnesCount16(uint16(w)), bits.Len8(uint8(w)), bits.RotateLeft64(w, 5))
		hi, lo := bits.Mul64(w, 0xffffffff)
		q, r := bits.Div64(1, w|2, 0xfffffffffffffff1)
		fmt.Println(hi, lo, q, r)
	}
}
