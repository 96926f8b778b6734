package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

func mandelbrotIter(c complex128, max int) int {
	z := complex(0, 0)
	for i := 0; i < max; i++ {
		z = z*z + c
		if cmplx.Abs(z) > 2 {
			return i
		}
	}
	return max
}

func main() {
	a := 3 + 4i
	b := complex(1, -2)
	fmt.Println(a, b, a+b, a-b, a*b, a/b)
	fmt.Println(real(a), imag(a), cmplx.Abs(a), cmplx.Conj(a))
	fmt.Println(a == complex(3, 4), a != b)
	fmt.Printf("%T %T\n", a, complex64(a))

	var c64 complex64 = 1.5 + 2.5i
	fmt.Println(c64*c64, real(c64), imag(c64))
	fmt.Printf("%T %T\n", real(c64), imag(a))

	// i*i == -1
	i := 1i
	fmt.Println(i*i, i*i*i, i*i*i*i)

	// Euler's identity (approximately)
	e := cmplx.Exp(complex(0, math.Pi))
	fmt.Printf("%.3f\n", e)
	fmt.Println(math.Abs(real(e)+1) < 1e-12, math.Abs(imag(e)) < 1e-12)

	// roots and powers
	fmt.Println(cmplx.Sqrt(-4), cmplx.Sqrt(2i))
	fmt.Printf("%.4f\n", cmplx.Pow(1+1i, 2))
	r, th := cmplx.Polar(1i)
	fmt.Printf("%.4f %.4f\n", r, th)
	fmt.Printf("%.4f\n", cmplx.Rect(2, math.Pi/2))

	// division by zero in complex gives Inf/NaN, not a panic
	zero := complex(0, 0)
	fmt.Println(a/zero, cmplx.IsInf(a/zero))

	// mandelbrot membership
	for _, c := range []complex128{0, -1, 1, 0.25 + 0.5i, -2, 2i} {
		fmt.Print(mandelbrotIter(c, 50), " ")
	}
	fmt.Println()

	// formatting
	fmt.Printf("%v %.2f %+.1e %8.2f\n", a, b, a, c64)
	// compound assignment
	z := complex(2, 0)
	z *= 1i
	z += 1
	z /= 2
	fmt.Println(z)
	// constants
	const k = 2i * 2i
	fmt.Println(k, real(k))
	var f float64 = real(k)
	fmt.Println(f)
	// NaN complex
	n := complex(math.NaN(), 0)
	fmt.Println(n == n, cmplx.IsNaN(n))
}
