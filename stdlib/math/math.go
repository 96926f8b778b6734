// Package math (golite): floating-point functions. The simple ones are Go;
// the rest are natives that must give Go's results bit for bit (Go's
// algorithms are those of FreeBSD's msun and Cephes, as in Rust's libm).
package math

// Float64bits returns the IEEE 754 binary representation of f.
func Float64bits(f float64) uint64

// Float64frombits returns the floating-point number with IEEE 754 binary
// representation b.
func Float64frombits(b uint64) float64

// Float32bits returns the IEEE 754 binary representation of f.
func Float32bits(f float32) uint32

// Float32frombits returns the floating-point number with IEEE 754 binary
// representation b.
func Float32frombits(b uint32) float32

// Bit patterns: the sign bit, the infinities, and the NaN that NaN
// returns (Go's: quiet, with the lowest mantissa bit set).
const (
	signBit  = uint64(1) << 63
	posInf   = uint64(0x7ff) << 52
	negInf   = signBit | posInf
	nanValue = posInf | 1<<51 | 1
)

// Inf returns +Inf if sign >= 0 and -Inf otherwise.
func Inf(sign int) float64 {
	if sign < 0 {
		return Float64frombits(negInf)
	}
	return Float64frombits(posInf)
}

// NaN returns a quiet not-a-number value.
func NaN() float64 { return Float64frombits(nanValue) }

// IsNaN reports whether f is a NaN (the only value unequal to itself).
func IsNaN(f float64) (is bool) { return f != f }

// IsInf reports whether f is +Inf (sign > 0), -Inf (sign < 0), or either
// (sign == 0).
func IsInf(f float64, sign int) bool {
	switch {
	case f > MaxFloat64:
		return sign >= 0
	case f < -MaxFloat64:
		return sign <= 0
	}
	return false
}

// Abs returns |x| (clearing the sign bit, so Abs(-0) is +0 and a NaN stays
// a NaN).
func Abs(x float64) float64 { return Float64frombits(Float64bits(x) &^ signBit) }

// Signbit reports whether x's sign bit is set (x is negative or -0).
func Signbit(x float64) bool { return Float64bits(x)&signBit != 0 }

// Copysign returns f's magnitude with sign's sign.
func Copysign(f, sign float64) float64 {
	return Float64frombits(Float64bits(f)&^signBit | Float64bits(sign)&signBit)
}

// Max returns the larger of x and y. +Inf beats everything, NaN, then
// everything else; +0 is larger than -0.
func Max(x, y float64) float64 {
	if IsInf(x, 1) || IsInf(y, 1) {
		return Inf(1)
	}
	if x != x || y != y {
		return NaN()
	}
	if x == 0 && y == 0 {
		if Signbit(x) && Signbit(y) {
			return x
		}
		return 0
	}
	if y > x {
		return y
	}
	return x
}

// Min returns the smaller of x and y. -Inf beats everything, NaN, then
// everything else; -0 is smaller than +0.
func Min(x, y float64) float64 {
	if IsInf(x, -1) || IsInf(y, -1) {
		return Inf(-1)
	}
	if x != x || y != y {
		return NaN()
	}
	if x == 0 && y == 0 {
		if Signbit(x) || Signbit(y) {
			return Copysign(0, -1)
		}
		return 0
	}
	if y < x {
		return y
	}
	return x
}

// Dim returns x-y if that is positive (or NaN), and 0 otherwise.
func Dim(x, y float64) float64 {
	if d := x - y; d > 0 || d != d {
		return d
	}
	return 0
}

// Rounding.

func Floor(x float64) float64
func Ceil(x float64) float64
func Trunc(x float64) float64
func Round(x float64) float64
func RoundToEven(x float64) float64
func Modf(f float64) (integer float64, fractional float64)
func Mod(x, y float64) float64
func Remainder(x, y float64) float64

// Decomposition.

func Frexp(f float64) (frac float64, exp int)
func Ldexp(frac float64, exp int) float64
func Ilogb(x float64) int
func Logb(x float64) float64
func Nextafter(x, y float64) (r float64)
func Nextafter32(x, y float32) (r float32)
func FMA(x, y, z float64) float64

// Powers, roots, exponentials and logarithms.

func Sqrt(x float64) float64
func Cbrt(x float64) float64
func Hypot(p, q float64) float64
func Pow(x, y float64) float64
func Pow10(n int) float64
func Exp(x float64) float64
func Exp2(x float64) float64
func Expm1(x float64) float64
func Log(x float64) float64
func Log2(x float64) float64
func Log10(x float64) float64
func Log1p(x float64) float64

// Trigonometric and hyperbolic functions.

func Sin(x float64) float64
func Cos(x float64) float64
func Tan(x float64) float64
func Sincos(x float64) (sin, cos float64)
func Asin(x float64) float64
func Acos(x float64) float64
func Atan(x float64) float64
func Atan2(y, x float64) float64
func Sinh(x float64) float64
func Cosh(x float64) float64
func Tanh(x float64) float64
func Asinh(x float64) float64
func Acosh(x float64) float64
func Atanh(x float64) float64

// Special functions.

func Erf(x float64) float64
func Erfc(x float64) float64
func Erfinv(x float64) float64
func Erfcinv(x float64) float64
func Gamma(x float64) float64
func Lgamma(x float64) (lgamma float64, sign int)
func J0(x float64) float64
func J1(x float64) float64
func Jn(n int, x float64) float64
func Y0(x float64) float64
func Y1(x float64) float64
func Yn(n int, x float64) float64
