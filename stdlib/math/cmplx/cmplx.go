// Package cmplx (golite, math/cmplx): elementary functions of complex128
// values, in Go, over package math. Special values (infinities, NaNs,
// signed zeros) follow C99 Annex G as Go's package does.
package cmplx

import "math"

// Abs returns the modulus |x|.
func Abs(x complex128) float64 { return math.Hypot(real(x), imag(x)) }

// Phase returns the argument of x, in [-π, π].
func Phase(x complex128) float64 { return math.Atan2(imag(x), real(x)) }

// Polar returns the modulus r and the argument θ of x.
func Polar(x complex128) (r, θ float64) { return Abs(x), Phase(x) }

// Rect returns the complex number with modulus r and argument θ.
func Rect(r, θ float64) complex128 {
	s, c := math.Sincos(θ)
	return complex(r*c, r*s)
}

// Conj flips the sign of the imaginary part of x.
func Conj(x complex128) complex128 { return complex(real(x), -imag(x)) }

// Inf returns complex(+Inf, +Inf).
func Inf() complex128 {
	inf := math.Inf(1)
	return complex(inf, inf)
}

// NaN returns complex(NaN, NaN).
func NaN() complex128 {
	nan := math.NaN()
	return complex(nan, nan)
}

// IsInf reports whether either part of x is infinite.
func IsInf(x complex128) bool {
	return math.IsInf(real(x), 0) || math.IsInf(imag(x), 0)
}

// IsNaN reports whether a part of x is NaN while neither is infinite.
func IsNaN(x complex128) bool {
	if IsInf(x) {
		return false
	}
	return math.IsNaN(real(x)) || math.IsNaN(imag(x))
}

// Exp returns e**x.
func Exp(x complex128) complex128 {
	re, im := real(x), imag(x)
	if math.IsInf(re, 0) {
		if re > 0 && im == 0 {
			return x
		}
		if math.IsInf(im, 0) || math.IsNaN(im) {
			if re < 0 {
				return complex(0, math.Copysign(0, im))
			}
			return complex(math.Inf(1), math.NaN())
		}
	} else if math.IsNaN(re) && im == 0 {
		return complex(math.NaN(), im)
	}
	m := math.Exp(re)
	s, c := math.Sincos(im)
	return complex(m*c, m*s)
}

// Log returns the natural logarithm of x (principal branch).
func Log(x complex128) complex128 {
	return complex(math.Log(Abs(x)), Phase(x))
}

// Log10 is the base-10 logarithm: Log(x) scaled by log10(e).
func Log10(x complex128) complex128 {
	z := Log(x)
	return complex(math.Log10E*real(z), math.Log10E*imag(z))
}

// Sqrt returns the square root of x with a non-negative real part; the
// imaginary part has the sign of x's.
func Sqrt(x complex128) complex128 {
	re, im := real(x), imag(x)
	if im == 0 {
		switch {
		case re == 0:
			return complex(0, im)
		case re < 0:
			return complex(0, math.Copysign(math.Sqrt(-re), im))
		}
		return complex(math.Sqrt(re), im)
	}
	if math.IsInf(im, 0) {
		return complex(math.Inf(1), im)
	}
	if re == 0 {
		if im < 0 {
			h := math.Sqrt(-0.5 * im)
			return complex(h, -h)
		}
		h := math.Sqrt(0.5 * im)
		return complex(h, h)
	}
	// Scale the operands so that the modulus neither overflows nor
	// loses precision, then unscale the result.
	var unscale float64
	if math.Abs(re) > 4 || math.Abs(im) > 4 {
		re *= 0.25
		im *= 0.25
		unscale = 2
	} else {
		re *= 1 << 54
		im *= 1 << 54
		unscale = 1.0 / (1 << 27)
	}
	mod := math.Hypot(re, im)
	var u, v float64 // real and |imaginary| parts of the result
	if re > 0 {
		u = math.Sqrt(0.5*mod + 0.5*re)
		v = unscale * math.Abs((0.5*im)/u)
		u *= unscale
	} else {
		v = math.Sqrt(0.5*mod - 0.5*re)
		u = unscale * math.Abs((0.5*im)/v)
		v *= unscale
	}
	if im < 0 {
		return complex(u, -v)
	}
	return complex(u, v)
}

// Pow returns x**y with the principal branch; Pow(0, y) is 1 for real(y)
// == 0, 0 for real(y) > 0, and infinite for real(y) < 0.
func Pow(x, y complex128) complex128 {
	if x == 0 {
		if IsNaN(y) {
			return NaN()
		}
		switch yr := real(y); {
		case yr == 0:
			return 1
		case yr < 0:
			if imag(y) == 0 {
				return complex(math.Inf(1), 0)
			}
			return Inf()
		}
		return 0
	}
	mod := Abs(x)
	if mod == 0 {
		return complex(0, 0)
	}
	r := math.Pow(mod, real(y))
	arg := Phase(x)
	theta := real(y) * arg
	if imag(y) != 0 {
		r *= math.Exp(-imag(y) * arg)
		theta += imag(y) * math.Log(mod)
	}
	s, c := math.Sincos(theta)
	return complex(r*c, r*s)
}

// sinhcosh returns sinh(x) and cosh(x), from one exponential when |x| is
// not small.
func sinhcosh(x float64) (sh, ch float64) {
	if math.Abs(x) <= 0.5 {
		return math.Sinh(x), math.Cosh(x)
	}
	e := math.Exp(x)
	inv := 0.5 / e
	e *= 0.5
	return e - inv, e + inv
}

// Sin computes sin(x) for complex x.
func Sin(x complex128) complex128 {
	re, im := real(x), imag(x)
	if nonFinite(re) || nonFinite(im) {
		// sin(x) = -i sinh(ix) settles the special values.
		w := Sinh(complex(-im, re))
		return complex(imag(w), -real(w))
	}
	s, c := math.Sincos(re)
	sh, ch := sinhcosh(im)
	return complex(s*ch, c*sh)
}

// Sinh computes sinh(x) for complex x.
func Sinh(x complex128) complex128 {
	re, im := real(x), imag(x)
	badIm := math.IsInf(im, 0) || math.IsNaN(im)
	switch {
	case re == 0 && badIm:
		return complex(re, math.NaN())
	case math.IsInf(re, 0):
		if im == 0 {
			return x
		}
		if badIm {
			return complex(re, math.NaN())
		}
	case im == 0 && math.IsNaN(re):
		return complex(math.NaN(), im)
	}
	s, c := math.Sincos(im)
	sh, ch := sinhcosh(re)
	return complex(c*sh, s*ch)
}

// Cos computes cos(x) for complex x.
func Cos(x complex128) complex128 {
	re, im := real(x), imag(x)
	if nonFinite(re) || nonFinite(im) {
		if re == 0 && math.IsNaN(im) {
			// C99 leaves this zero's sign open; Go makes it +0.
			return complex(math.NaN(), 0)
		}
		// cos(x) = cosh(ix) settles the other special values.
		return Cosh(complex(-im, re))
	}
	s, c := math.Sincos(re)
	sh, ch := sinhcosh(im)
	return complex(c*ch, -s*sh)
}

// Cosh computes cosh(x) for complex x.
func Cosh(x complex128) complex128 {
	re, im := real(x), imag(x)
	badIm := math.IsInf(im, 0) || math.IsNaN(im)
	switch {
	case re == 0 && badIm:
		return complex(math.NaN(), re*math.Copysign(0, im))
	case math.IsInf(re, 0):
		if im == 0 {
			return complex(math.Inf(1), im*math.Copysign(0, re))
		}
		if badIm {
			return complex(math.Inf(1), math.NaN())
		}
	case im == 0 && math.IsNaN(re):
		return complex(math.NaN(), im)
	}
	s, c := math.Sincos(im)
	sh, ch := sinhcosh(re)
	return complex(c*ch, s*sh)
}

// nearPole returns cosh(v) - cos(u) by its power series, for arguments
// where the direct difference would cancel badly; u has been reduced
// modulo π by the caller.
//
//	cosh(v) - cos(u) = Σ_{k≥1} (v^2k - (-1)^k u^2k) / (2k)!
func nearPole(u, v float64) float64 {
	a := u * u
	b := v * v
	pa, pb := 1.0, 1.0
	fact := 1.0
	sum := 0.0
	for k := 1; k < 200; k++ {
		pa *= a
		pb *= b
		fact *= float64(2*k-1) * float64(2*k)
		var term float64
		if k%2 == 1 {
			term = (pb + pa) / fact
		} else {
			term = (pb - pa) / fact
		}
		sum += term
		if k%2 == 0 && !(math.Abs(term/sum) > 1.0/(1<<53)) {
			break
		}
	}
	return sum
}

// The float64 nearest π and the remainder, for reductions modulo π.
const (
	piHi = math.Pi
	piLo = 1.2246467991473532e-16
)

// reducePi returns x minus k·π, where k = trunc(x/π + 1/2), using a
// two-part π so the difference keeps its precision.
func reducePi(x float64) float64 {
	k := float64(int64(x/math.Pi + 0.5))
	if k == 0 {
		return x
	}
	return (x - k*piHi) - k*piLo
}

// Tan computes tan(x) for complex x; near a pole the denominator
// comes from a power series.
func Tan(x complex128) complex128 {
	re, im := real(x), imag(x)
	if nonFinite(re) || nonFinite(im) {
		// tan(x) = -i tanh(ix) settles the special values.
		w := Tanh(complex(-im, re))
		return complex(imag(w), -real(w))
	}
	if im == 0 {
		return complex(math.Tan(re), im)
	}
	d := math.Cos(2*re) + math.Cosh(2*im)
	if math.Abs(d) < 0.25 {
		// Near a pole 2re is close to an odd multiple of π, so after
		// the reduction cos(2re) = -cos(u).
		d = nearPole(reducePi(math.Abs(2*re)), 2*im)
	}
	if d == 0 {
		return Inf()
	}
	return complex(math.Sin(2*re)/d, math.Sinh(2*im)/d)
}

// Tanh computes tanh(x) for complex x.
func Tanh(x complex128) complex128 {
	re, im := real(x), imag(x)
	if math.IsInf(re, 0) {
		if math.IsInf(im, 0) || math.IsNaN(im) {
			return complex(math.Copysign(1, re), math.Copysign(0, im))
		}
		return complex(math.Copysign(1, re), math.Copysign(0, math.Sin(2*im)))
	}
	if im == 0 && math.IsNaN(re) {
		return x
	}
	d := math.Cosh(2*re) + math.Cos(2*im)
	if d == 0 {
		return Inf()
	}
	return complex(math.Sinh(2*re)/d, math.Sin(2*im)/d)
}

// Cot computes cot(x) = 1/tan(x) for complex x.
func Cot(x complex128) complex128 {
	re, im := real(x), imag(x)
	d := math.Cosh(2*im) - math.Cos(2*re)
	if math.Abs(d) < 0.25 {
		d = nearPole(reducePi(math.Abs(2*re)), 2*im)
	}
	if d == 0 {
		return Inf()
	}
	return complex(math.Sin(2*re)/d, -math.Sinh(2*im)/d)
}

// Asin computes arcsin(x) for complex x (principal branch).
func Asin(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case im == 0 && math.Abs(re) <= 1:
		return complex(math.Asin(re), im)
	case re == 0 && math.Abs(im) <= 1:
		return complex(re, math.Asinh(im))
	case math.IsNaN(im):
		switch {
		case re == 0:
			return x
		case math.IsInf(re, 0):
			return complex(im, re)
		}
		return NaN()
	case math.IsInf(im, 0):
		switch {
		case math.IsNaN(re):
			return x
		case math.IsInf(re, 0):
			return complex(math.Copysign(math.Pi/4, re), im)
		}
		return complex(math.Copysign(0, re), im)
	case math.IsInf(re, 0):
		return complex(math.Copysign(math.Pi/2, re), math.Copysign(re, im))
	case math.IsNaN(re):
		return NaN()
	}
	// asin(x) = -i log(ix + sqrt(1 - x²))
	ix := complex(-im, re)
	sq := x * x
	root := Sqrt(complex(1-real(sq), -imag(sq)))
	w := Log(ix + root)
	return complex(imag(w), -real(w))
}

// nonFinite reports whether f is infinite or NaN.
func nonFinite(f float64) bool { return math.IsInf(f, 0) || math.IsNaN(f) }

// Asinh computes arsinh(x) for complex x (principal branch).
func Asinh(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case im == 0 && math.Abs(re) <= 1:
		return complex(math.Asinh(re), im)
	case re == 0 && math.Abs(im) <= 1:
		return complex(re, math.Asin(im))
	case math.IsNaN(re) && math.IsInf(im, 0):
		return complex(im, re)
	case nonFinite(re) || nonFinite(im):
		// asinh(x) = -i asin(ix), which settles the special values.
		w := Asin(complex(-im, re))
		return complex(imag(w), -real(w))
	}
	// asinh(x) = log(x + sqrt(1 + x²))
	sq := x * x
	return Log(x + Sqrt(complex(1+real(sq), imag(sq))))
}

// Acos computes arccos(x) = π/2 - arcsin(x) for complex x.
func Acos(x complex128) complex128 {
	w := Asin(x)
	return complex(math.Pi/2-real(w), -imag(w))
}

// Acosh computes arcosh(x) for complex x, from Acos.
func Acosh(x complex128) complex128 {
	if x == 0 {
		return complex(0, math.Copysign(math.Pi/2, imag(x)))
	}
	w := Acos(x)
	if imag(w) <= 0 {
		return complex(-imag(w), real(w))
	}
	return complex(imag(w), -real(w))
}

// Atan computes arctan(x) for complex x (principal branch).
func Atan(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case im == 0:
		return complex(math.Atan(re), im)
	case re == 0 && math.Abs(im) <= 1:
		return complex(re, math.Atanh(im))
	case math.IsInf(re, 0):
		return complex(math.Copysign(math.Pi/2, re), math.Copysign(0, im))
	case math.IsInf(im, 0):
		if math.IsNaN(re) {
			return complex(re, math.Copysign(0, im))
		}
		return complex(math.Copysign(math.Pi/2, re), math.Copysign(0, im))
	case math.IsNaN(re) || math.IsNaN(im):
		return NaN()
	}
	// Real part: half the argument of (1 - x²) turned by 2re; imaginary
	// part: a quarter of the log of |x+i|² / |x-i|².
	re2 := re * re
	den := 1 - re2 - im*im
	if den == 0 {
		return NaN()
	}
	w := reducePi(0.5 * math.Atan2(2*re, den))
	below := re2 + (im-1)*(im-1)
	if below == 0 {
		return NaN()
	}
	above := re2 + (im+1)*(im+1)
	return complex(w, 0.25*math.Log(above/below))
}

// Atanh computes artanh(x) for complex x, as -i·Atan(i·x).
func Atanh(x complex128) complex128 {
	z := Atan(complex(-imag(x), real(x)))
	return complex(imag(z), -real(z))
}
