package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

func main() {
	inf := math.Inf(1)
	nan := math.NaN()
	parts := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, -2.5, 3, 1e-10, 1e300, -1e300, math.Pi / 2, 100, inf, -inf, nan}
	var xs []complex128
	for _, a := range parts {
		for _, b := range parts {
			xs = append(xs, complex(a, b))
		}
	}
	fns := []struct {
		name string
		f    func(complex128) complex128
	}{
		{"Sqrt", cmplx.Sqrt}, {"Exp", cmplx.Exp}, {"Log", cmplx.Log}, {"Log10", cmplx.Log10},
		{"Sin", cmplx.Sin}, {"Cos", cmplx.Cos}, {"Tan", cmplx.Tan}, {"Cot", cmplx.Cot},
		{"Sinh", cmplx.Sinh}, {"Cosh", cmplx.Cosh}, {"Tanh", cmplx.Tanh},
		{"Asin", cmplx.Asin}, {"Acos", cmplx.Acos}, {"Atan", cmplx.Atan},
		{"Asinh", cmplx.Asinh}, {"Acosh", cmplx.Acosh}, {"Atanh", cmplx.Atanh},
		{"Conj", cmplx.Conj},
	}
	for _, fn := range fns {
		for _, x := range xs {
			fmt.Println(fn.name, x, fn.f(x))
		}
	}
	for _, x := range xs {
		r, th := cmplx.Polar(x)
		fmt.Println("Abs/Phase/Polar", x, cmplx.Abs(x), cmplx.Phase(x), r, th, cmplx.IsInf(x), cmplx.IsNaN(x))
	}
	for _, r := range parts {
		for _, th := range parts {
			fmt.Println("Rect", r, th, cmplx.Rect(r, th))
		}
	}
	ys := []complex128{0, 1, -1, 2, 0.5, complex(0, 1), complex(1, 1), complex(-2, 0.5), complex(nan, 0), complex(0, -3)}
	for _, x := range xs[:60] {
		for _, y := range ys {
			fmt.Println("Pow", x, y, cmplx.Pow(x, y))
		}
	}
	fmt.Println(cmplx.Inf(), cmplx.NaN(), cmplx.IsNaN(cmplx.NaN()), cmplx.IsInf(cmplx.Inf()))
	// Points near the poles of Tan and Cot.
	for _, x := range []complex128{complex(math.Pi/2, 0.01), complex(math.Pi/2, 1e-9), complex(0.001, 0.001), complex(math.Pi, 1e-5), complex(-math.Pi/2, -0.1), complex(3*math.Pi/2, 0.2), complex(1e6, 0.1)} {
		fmt.Println("near", x, cmplx.Tan(x), cmplx.Cot(x))
	}
	for k := -6; k <= 6; k++ {
		for _, e := range []float64{0, 1e-3, -0.2, 0.1} {
			for _, y := range []float64{1e-8, -0.05, 0.3, 0.1} {
				x := complex(float64(k)*math.Pi/2+e, y)
				fmt.Println("pole", x, cmplx.Tan(x), cmplx.Cot(x), cmplx.Tanh(x), cmplx.Atan(x))
			}
		}
	}
}
