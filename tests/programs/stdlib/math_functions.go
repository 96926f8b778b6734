package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxInt16, math.MaxInt32, math.MinInt32)
	fmt.Println(math.MaxInt64, math.MinInt64, uint64(math.MaxUint64), math.MaxUint32, math.MaxUint16, math.MaxUint8)
	fmt.Println(math.MaxInt, math.MinInt, uint(math.MaxUint))
	fmt.Println(math.MaxFloat32, math.SmallestNonzeroFloat32)
	fmt.Println(math.Pi, math.E, math.Sqrt2, math.Phi, math.Ln2, math.Log2E)
	fmt.Println(math.Sqrt(2), math.Cbrt(27), math.Pow(2, -2), math.Pow(0, 0), math.Pow10(3))
	fmt.Println(math.Abs(-3), math.Floor(2.7), math.Ceil(2.1), math.Trunc(-2.7), math.Round(2.5), math.Round(-2.5))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Dim(5, 3), math.Dim(3, 5))
	fmt.Println(math.Mod(10, 3), math.Mod(-10, 3), math.Remainder(10, 3))
	fmt.Printf("%.6f %.6f %.6f\n", math.Exp(2), math.Log(10), math.Log1p(0.001))
	fmt.Printf("%.6f %.6f %.6f\n", math.Sin(1), math.Cos(1), math.Tan(1))
	fmt.Printf("%.6f %.6f %.6f\n", math.Asin(0.5), math.Acos(0.5), math.Atan(1))
	fmt.Printf("%.6f %.6f %.6f\n", math.Sinh(1), math.Cosh(1), math.Tanh(1))
	fmt.Println(math.Hypot(5, 12), math.Signbit(-0.0), math.Signbit(math.Copysign(0, -1)))
	fmt.Println(math.IsNaN(math.NaN()), math.IsInf(math.Inf(-1), -1), math.IsInf(1, 0))
	fmt.Println(math.Float64bits(1.5), math.Float64frombits(4609434218613702656))
	fmt.Println(math.Float32bits(1.5), math.Float32frombits(0x3fc00000))
	fmt.Println(math.Nextafter(1, 2)-1, math.Nextafter32(1, 2)-1)
	fmt.Println(math.Gamma(5), math.Erf(0), math.Exp2(10), math.Log2(8), math.Log10(1000))
	fmt.Println(math.FMA(2, 3, 4), math.Ilogb(8), math.Logb(8))
	// distances and angles
	deg := func(r float64) float64 { return r * 180 / math.Pi }
	fmt.Printf("%.2f %.2f\n", deg(math.Atan2(1, 1)), deg(math.Atan2(-1, -1)))
	// integer sqrt via float
	for _, n := range []int{15, 16, 17, 1 << 40} {
		fmt.Print(int(math.Sqrt(float64(n))), " ")
	}
	fmt.Println()
	// overflow-safe checks with constants
	var x int64 = math.MaxInt64
	fmt.Println(x, x+1 < 0)
}
