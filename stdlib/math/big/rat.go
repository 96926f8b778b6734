// Rat: exact rational numbers (golite, math/big).
package big

import "strings"

// A Rat is an exact fraction a/b, kept in lowest terms with b > 0. The
// zero value is 0.
type Rat struct {
	a Int // numerator, carries the sign
	b Int // denominator; 0 in the zero value, meaning 1
}

// NewRat returns a new Rat set to a/b. It panics when b is 0.
func NewRat(a, b int64) *Rat { return new(Rat).SetFrac64(a, b) }

// normalize reduces z to lowest terms with a positive denominator.
func (z *Rat) normalize(neg bool, num, den nat) *Rat {
	if len(den) == 0 {
		panic("division by zero")
	}
	if len(num) == 0 {
		z.a.set(false, nil)
		z.b.set(false, natOne)
		return z
	}
	g := new(Int).GCD(nil, nil, &Int{abs: num}, &Int{abs: den})
	if natCmp(g.abs, natOne) != 0 {
		num, _ = natDiv(num, g.abs)
		den, _ = natDiv(den, g.abs)
	} else {
		// Keep no storage shared with the operands.
		num = append(nat(nil), num...)
		den = append(nat(nil), den...)
	}
	z.a.set(neg, num)
	z.b.set(false, den)
	return z
}

// den returns the magnitude of x's denominator (1 for the zero value).
func (x *Rat) den() nat {
	if len(x.b.abs) == 0 {
		return natOne
	}
	return x.b.abs
}

// SetFrac sets z to a/b and returns z. It panics when b is 0.
func (z *Rat) SetFrac(a, b *Int) *Rat {
	return z.normalize(a.neg != b.neg, a.abs, b.abs)
}

// SetFrac64 sets z to a/b and returns z. It panics when b is 0.
func (z *Rat) SetFrac64(a, b int64) *Rat {
	return z.SetFrac(NewInt(a), NewInt(b))
}

// SetInt sets z to x (with denominator 1) and returns z.
func (z *Rat) SetInt(x *Int) *Rat { return z.normalize(x.neg, x.abs, natOne) }

// SetInt64 stores the integer x in z and returns z.
func (z *Rat) SetInt64(x int64) *Rat { return z.SetInt(NewInt(x)) }

// SetUint64 stores the unsigned integer x in z and returns z.
func (z *Rat) SetUint64(x uint64) *Rat { return z.SetInt(new(Int).SetUint64(x)) }

// Set copies the value of x into z and returns z.
func (z *Rat) Set(x *Rat) *Rat {
	if z != x {
		z.a.Set(&x.a)
		z.b.set(false, append(nat(nil), x.den()...))
	}
	return z
}

// Num returns x's numerator, which may be <= 0. It shares x's storage.
func (x *Rat) Num() *Int { return &x.a }

// Denom returns x's denominator, always > 0. It shares x's storage except
// for the zero value, where it is a new Int of value 1.
func (x *Rat) Denom() *Int {
	if len(x.b.abs) == 0 {
		return NewInt(1)
	}
	return &x.b
}

// Sign returns -1, 0 or +1 as x is negative, zero or positive.
func (x *Rat) Sign() int { return x.a.Sign() }

// IsInt reports whether x's denominator is 1.
func (x *Rat) IsInt() bool { return natCmp(x.den(), natOne) == 0 }

// Cmp returns -1, 0 or +1 as x is less than, equal to or greater than y.
func (x *Rat) Cmp(y *Rat) int {
	l := new(Int).Mul(&x.a, &Int{abs: y.den()})
	r := new(Int).Mul(&y.a, &Int{abs: x.den()})
	return l.Cmp(r)
}

// Abs sets z to |x| and returns z.
func (z *Rat) Abs(x *Rat) *Rat {
	z.Set(x)
	z.a.neg = false
	return z
}

// Neg stores the negation of x in z and returns z.
func (z *Rat) Neg(x *Rat) *Rat {
	z.Set(x)
	z.a.neg = !z.a.neg && len(z.a.abs) > 0
	return z
}

// Inv sets z to 1/x and returns z. It panics when x is 0.
func (z *Rat) Inv(x *Rat) *Rat {
	if len(x.a.abs) == 0 {
		panic("division by zero")
	}
	return z.normalize(x.a.neg, x.den(), x.a.abs)
}

// Add sets z to x+y and returns z.
func (z *Rat) Add(x, y *Rat) *Rat {
	l := new(Int).Mul(&x.a, &Int{abs: y.den()})
	r := new(Int).Mul(&y.a, &Int{abs: x.den()})
	l.Add(l, r)
	return z.normalize(l.neg, l.abs, natMul(x.den(), y.den()))
}

// Sub sets z to x-y and returns z.
func (z *Rat) Sub(x, y *Rat) *Rat {
	l := new(Int).Mul(&x.a, &Int{abs: y.den()})
	r := new(Int).Mul(&y.a, &Int{abs: x.den()})
	l.Sub(l, r)
	return z.normalize(l.neg, l.abs, natMul(x.den(), y.den()))
}

// Mul sets z to x*y and returns z.
func (z *Rat) Mul(x, y *Rat) *Rat {
	return z.normalize(x.a.neg != y.a.neg, natMul(x.a.abs, y.a.abs), natMul(x.den(), y.den()))
}

// Quo sets z to x/y and returns z. It panics when y is 0.
func (z *Rat) Quo(x, y *Rat) *Rat {
	if len(y.a.abs) == 0 {
		panic("division by zero")
	}
	return z.normalize(x.a.neg != y.a.neg, natMul(x.a.abs, y.den()), natMul(x.den(), y.a.abs))
}

// String returns x as "a/b", even when b is 1.
func (x *Rat) String() string {
	return x.a.String() + "/" + string(natText(x.den(), 10))
}

// RatString returns x as "a/b", or as "a" when x is an integer.
func (x *Rat) RatString() string {
	if x.IsInt() {
		return x.a.String()
	}
	return x.String()
}

// FloatString returns x in decimal with prec digits after the point,
// the last one rounded to nearest with halves away from zero.
func (x *Rat) FloatString(prec int) string {
	var sb strings.Builder
	if x.IsInt() {
		sb.WriteString(x.a.String())
		if prec > 0 {
			sb.WriteByte('.')
			sb.WriteString(strings.Repeat("0", prec))
		}
		return sb.String()
	}
	q, r := natDiv(x.a.abs, x.den())
	p := natOne
	if prec > 0 {
		p = natExpMod(nat{10}, natOf(uint64(prec)), nil)
	}
	frac, rem := natDiv(natMul(r, p), x.den())
	if natCmp(natShl(rem, 1), x.den()) >= 0 {
		frac = natAdd(frac, natOne)
		if natCmp(frac, p) >= 0 {
			frac = natSub(frac, p)
			q = natAdd(q, natOne)
		}
	}
	if x.a.neg {
		sb.WriteByte('-')
	}
	sb.Write(natText(q, 10))
	if prec > 0 {
		f := natText(frac, 10)
		sb.WriteByte('.')
		sb.WriteString(strings.Repeat("0", prec-len(f)))
		sb.Write(f)
	}
	return sb.String()
}

// SetString sets z to the value of s, either a fraction "a/b" (a with an
// optional sign, both in base 0 syntax) or a decimal number with an
// optional fraction and exponent ("-1.25e3"), and returns z and true; it
// returns nil and false for malformed input or a zero denominator.
func (z *Rat) SetString(s string) (*Rat, bool) {
	if s == "" {
		return nil, false
	}
	if i := strings.IndexByte(s, '/'); i >= 0 {
		var num Int
		if _, ok := num.SetString(s[:i], 0); !ok {
			return nil, false
		}
		// As in Go, a bad denominator leaves the numerator already set.
		z.a.set(num.neg, num.abs)
		den, ok := scanNat(s[i+1:], 0)
		if !ok || len(den) == 0 {
			return nil, false
		}
		return z.normalize(num.neg, num.abs, den), true
	}
	neg := false
	if s[0] == '+' || s[0] == '-' {
		neg = s[0] == '-'
		s = s[1:]
	}
	exp := 0
	if i := strings.IndexAny(s, "eE"); i >= 0 {
		e, ok := parseExp(s[i+1:])
		if !ok {
			return nil, false
		}
		exp = e
		s = s[:i]
	}
	intPart, fracPart := s, ""
	if i := strings.IndexByte(s, '.'); i >= 0 {
		intPart, fracPart = s[:i], s[i+1:]
	}
	if intPart == "" && fracPart == "" {
		return nil, false
	}
	digits := intPart + fracPart
	var num nat
	for i := 0; i < len(digits); i++ {
		c := digits[i]
		if c < '0' || c > '9' {
			return nil, false
		}
		num = natMulAddWord(num, 10, Word(c-'0'))
	}
	exp -= len(fracPart)
	den := natOne
	if exp > 0 {
		num = natMul(num, natExpMod(nat{10}, natOf(uint64(exp)), nil))
	} else if exp < 0 {
		den = natExpMod(nat{10}, natOf(uint64(-exp)), nil)
	}
	return z.normalize(neg, num, den), true
}

// parseExp parses a decimal exponent with an optional sign.
func parseExp(s string) (int, bool) {
	neg := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if s == "" {
		return 0, false
	}
	e := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		if e < 1e8 {
			e = e*10 + int(s[i]-'0')
		}
	}
	if neg {
		e = -e
	}
	return e, true
}
