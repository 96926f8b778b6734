package main

import (
	"fmt"
	"math"
)

func main() {
	zero := 0.0
	posInf := 1 / zero
	negInf := -1 / zero
	nan := zero / zero
	fmt.Println(posInf, negInf, nan)
	fmt.Println(math.IsInf(posInf, 1), math.IsInf(negInf, -1), math.IsNaN(nan))

	// NaN is not equal to anything, including itself
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan)
	fmt.Println(posInf > math.MaxFloat64, negInf < -math.MaxFloat64)
	fmt.Println(posInf+negInf, posInf*0, posInf-posInf, posInf*-1)
	fmt.Println(posInf/posInf, 5/posInf, -5/posInf)

	// negative zero
	negZero := math.Copysign(0, -1)
	fmt.Println(negZero, negZero == 0, math.Signbit(negZero), math.Signbit(zero))
	fmt.Println(1/negZero, -zero, 0*-1.0)
	fmt.Printf("%v %.1f %g\n", negZero, negZero, negZero)
	x := -zero
	fmt.Println(math.Signbit(x), x)

	// NaN in a map key creates distinct entries
	m := map[float64]int{}
	m[nan] = 1
	m[nan] = 2
	m[1.5] = 3
	fmt.Println(len(m), m[nan])

	// min / max with NaN and zeros
	fmt.Println(min(3.0, nan), max(nan, 1.0), min(zero, negZero), max(negZero, zero))
	fmt.Println(math.Max(3, nan), math.Min(negZero, zero))

	// float32 specials
	var f32 float32 = float32(posInf)
	fmt.Println(f32, float32(nan) == float32(nan), float32(1e39*zero+1e38)*10)

	// overflow to Inf through arithmetic
	big := math.MaxFloat64
	fmt.Println(big*2, -big*2, big+1 == big)
	small := math.SmallestNonzeroFloat64
	fmt.Println(small, small/2, small*0.5 == 0)

	// conversions of specials via math functions
	fmt.Println(math.Sqrt(-1), math.Log(0), math.Log(-1), math.Inf(1) > 0)
	fmt.Println(math.Float64bits(negZero), math.Float64bits(1.0))
	fmt.Println(math.Float64frombits(0x7FF0000000000000), math.Float32bits(-2.5))
}
