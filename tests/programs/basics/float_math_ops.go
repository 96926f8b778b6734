package main

import (
	"fmt"
	"math"
)

func sqrtNewton(x float64) float64 {
	z := 1.0
	for i := 0; i < 20; i++ {
		z -= (z*z - x) / (2 * z)
	}
	return z
}

func main() {
	fmt.Println(7.0/2, -7.0/2, 1/3.0, 2.0/3.0)
	fmt.Println(0.1+0.2, 0.1+0.2 == 0.3, math.Abs(0.1+0.2-0.3) < 1e-9)
	for _, x := range []float64{2, 9, 10, 1e6} {
		fmt.Printf("%.6f %.6f\n", sqrtNewton(x), math.Sqrt(x))
	}
	fmt.Println(math.Mod(7.5, 2), math.Mod(-7.5, 2), math.Remainder(7.5, 2))
	fmt.Println(math.Pow(2, 10), math.Pow(2, 0.5), math.Pow(-8, 1.0/3), math.Cbrt(-8))
	fmt.Println(math.Exp(1), math.Log(math.E), math.Log2(1024), math.Log10(0.001))
	fmt.Println(math.Floor(-1.5), math.Ceil(-1.5), math.Trunc(-1.5), math.Round(-1.5))
	fmt.Println(math.Hypot(3, 4), math.Abs(-2.5), math.Max(1, 2), math.Min(1, 2))
	fmt.Printf("%.4f %.4f %.4f\n", math.Sin(math.Pi/6), math.Cos(math.Pi/3), math.Tan(math.Pi/4))
	fmt.Printf("%.4f %.4f\n", math.Atan2(1, 1), math.Asin(1))
	frac, exp := math.Frexp(8)
	fmt.Println(frac, exp, math.Ldexp(0.5, 4))
	ip, fp := math.Modf(3.75)
	fmt.Println(ip, fp)
	// compound interest
	balance := 1000.0
	for year := 1; year <= 5; year++ {
		balance *= 1.05
		fmt.Printf("year %d: %.2f\n", year, balance)
	}
	// average and variance
	data := []float64{2, 4, 4, 4, 5, 5, 7, 9}
	sum := 0.0
	for _, d := range data {
		sum += d
	}
	mean := sum / float64(len(data))
	v := 0.0
	for _, d := range data {
		v += (d - mean) * (d - mean)
	}
	fmt.Println(mean, v/float64(len(data)), math.Sqrt(v/float64(len(data))))
	// integer division vs float division
	a, b := 7, 2
	fmt.Println(a/b, float64(a)/float64(b), float64(a/b))
	// large and tiny values print in exponent form
	fmt.Println(1e20, 1e21, 1e-4, 1e-5, 123456789.0, 0.000001234)
	fmt.Println(float32(1e20), float32(1e21), float32(16777216.0))
}
