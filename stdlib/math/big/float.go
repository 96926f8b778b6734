// Conversions between Int/Rat and floating-point values, and Jacobi
// (golite, math/big).
package big

import (
	"fmt"
	"math"
	"strconv"
)

// Accuracy describes how a rounded result relates to the exact value.
type Accuracy int8

// The possible accuracies.
const (
	Below Accuracy = -1
	Exact Accuracy = 0
	Above Accuracy = +1
)

func (a Accuracy) String() string {
	switch a {
	case Below:
		return "Below"
	case Exact:
		return "Exact"
	case Above:
		return "Above"
	}
	return "Accuracy(" + strconv.Itoa(int(a)) + ")"
}

// quoToFloat returns num/den (den > 0) as a float with msize explicit
// mantissa bits and exponent bias ebias, rounded half to even, and whether
// it is exact. Like Go, it rounds subnormal results at most msize bits
// below the normal range itself and leaves anything smaller to
// math.Ldexp (reporting those as exact when no remainder was seen).
func quoToFloat(num, den nat, msize, ebias int) (float64, bool) {
	if len(num) == 0 {
		return 0, true
	}
	m1, m2 := msize+1, msize+2
	emin := 1 - ebias
	exp := natBitLen(num) - natBitLen(den)
	if sh := m2 - exp; sh > 0 {
		num = natShl(num, uint(sh))
	} else if sh < 0 {
		den = natShl(den, uint(-sh))
	}
	q, r := natDiv(num, den)
	mant := natLow64(q)
	haveRem := len(r) != 0
	if mant>>uint(m2) == 1 {
		// The quotient has one bit too many: fold it into the remainder.
		if mant&1 == 1 {
			haveRem = true
		}
		mant >>= 1
		exp++
	}
	if emin-msize <= exp && exp <= emin {
		// Subnormal: keep only the bits the format has.
		s := uint(emin - (exp - 1))
		if mant&(1<<s-1) != 0 {
			haveRem = true
		}
		mant >>= s
		exp = 2 - ebias
	}
	exact := !haveRem
	if mant&1 != 0 {
		exact = false
		if haveRem || mant&2 != 0 {
			mant++
			if mant >= 1<<uint(m2) {
				mant >>= 1
				exp++
			}
		}
	}
	mant >>= 1
	f := math.Ldexp(float64(mant), exp-m1)
	if math.IsInf(f, 0) {
		exact = false
	}
	return f, exact
}

// Float64 returns the float64 nearest x (halves to even) and how it
// compares with x.
func (x *Int) Float64() (float64, Accuracy) {
	f, exact := quoToFloat(x.abs, natOne, 52, 1023)
	if x.neg {
		f = -f
	}
	if exact {
		return f, Exact
	}
	// Compare |f| with |x|: rounding up in magnitude moves away from 0.
	var fi Int
	if math.IsInf(f, 0) {
		if x.neg {
			return f, Below
		}
		return f, Above
	}
	fi.setFloat(math.Abs(f))
	up := natCmp(fi.abs, x.abs) > 0
	if up != x.neg {
		return f, Above
	}
	return f, Below
}

// setFloat sets z to the integral float64 f >= 0.
func (z *Int) setFloat(f float64) {
	frac, exp := math.Frexp(f)
	m := uint64(math.Ldexp(frac, 53))
	if exp-53 >= 0 {
		z.set(false, natShl(natOf(m), uint(exp-53)))
	} else {
		z.set(false, natShr(natOf(m), uint(53-exp)))
	}
}

// Float64 returns the float64 nearest x and whether it equals x exactly.
// Values beyond the float64 range give ±Inf (inexact).
func (x *Rat) Float64() (f float64, exact bool) {
	f, exact = quoToFloat(x.a.abs, x.den(), 52, 1023)
	if x.a.neg {
		f = -f
	}
	return f, exact
}

// Float32 returns the float32 nearest x and whether it equals x exactly.
func (x *Rat) Float32() (f float32, exact bool) {
	g, ex := quoToFloat(x.a.abs, x.den(), 23, 127)
	f = float32(g)
	if math.IsInf(float64(f), 0) {
		ex = false
	}
	if x.a.neg {
		f = -f
	}
	return f, ex
}

// SetFloat64 sets z to exactly f and returns z, or returns nil when f is
// not finite.
func (z *Rat) SetFloat64(f float64) *Rat {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return nil
	}
	neg := f < 0 || (f == 0 && math.Signbit(f))
	frac, exp := math.Frexp(math.Abs(f))
	// |f| = m * 2^(exp-53) with m a 53-bit integer.
	m := natOf(uint64(math.Ldexp(frac, 53)))
	e := exp - 53
	if e >= 0 {
		return z.normalize(neg, natShl(m, uint(e)), natOne)
	}
	return z.normalize(neg, m, natShl(natOne, uint(-e)))
}

// Jacobi returns the Jacobi symbol (x/y), which is -1, 0 or +1. y must be
// odd; for negative y the Kronecker extension is used.
func Jacobi(x, y *Int) int {
	if len(y.abs) == 0 || y.abs[0]&1 == 0 {
		panic("big: invalid 2nd argument to Int.Jacobi: need odd integer but got " + y.String())
	}
	result := 1
	if y.neg && x.neg {
		result = -1
	}
	n := y.abs
	a := new(Int).Mod(x, &Int{abs: n}).abs
	for {
		if natCmp(n, natOne) == 0 {
			return result
		}
		if len(a) == 0 {
			return 0
		}
		// Pull out factors of two: (2/n) is -1 when n ≡ 3, 5 (mod 8).
		tz := natTrailingZeros(a)
		if tz&1 == 1 {
			if r := n[0] & 7; r == 3 || r == 5 {
				result = -result
			}
		}
		a = natShr(a, tz)
		// Reciprocity: flip when both are ≡ 3 (mod 4).
		if a[0]&3 == 3 && n[0]&3 == 3 {
			result = -result
		}
		a, n = n, a
		_, a = natDiv(a, n)
	}
}

// MarshalText returns x's text form "a/b" (or "a" for integers).
func (x *Rat) MarshalText() (text []byte, err error) {
	if x.IsInt() {
		return x.a.MarshalText()
	}
	return []byte(x.String()), nil
}

// UnmarshalText sets z from its text form (as accepted by SetString).
func (z *Rat) UnmarshalText(text []byte) error {
	if _, ok := z.SetString(string(text)); !ok {
		return fmt.Errorf("math/big: cannot unmarshal %q into a *big.Rat", text)
	}
	return nil
}
