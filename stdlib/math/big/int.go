// Int: signed arbitrary-precision integers (golite, math/big).
package big

// An Int is a signed integer of any size. The zero value is 0. Methods
// store their result in the receiver z and return it, so calls chain;
// operands may alias the receiver.
type Int struct {
	neg bool // sign; never set for 0
	abs nat  // magnitude
}

// set stores sign and magnitude, keeping 0 non-negative. The shared
// constant natOne is never stored (Bits would let callers change it).
func (z *Int) set(neg bool, abs nat) *Int {
	if len(abs) == 1 && &abs[0] == &natOne[0] {
		abs = nat{1}
	}
	z.abs = abs
	z.neg = neg && len(abs) > 0
	return z
}

// NewInt returns a new Int set to x.
func NewInt(x int64) *Int { return new(Int).SetInt64(x) }

// Sign returns -1, 0 or +1 as x is negative, zero or positive.
func (x *Int) Sign() int {
	if len(x.abs) == 0 {
		return 0
	}
	if x.neg {
		return -1
	}
	return 1
}

// SetInt64 stores the int64 x in z and returns z.
func (z *Int) SetInt64(x int64) *Int {
	neg := x < 0
	u := uint64(x)
	if neg {
		u = -u
	}
	return z.set(neg, natOf(u))
}

// SetUint64 stores the uint64 x in z and returns z.
func (z *Int) SetUint64(x uint64) *Int { return z.set(false, natOf(x)) }

// Set copies the value of x into z and returns z.
func (z *Int) Set(x *Int) *Int {
	if z != x {
		z.set(x.neg, append(nat(nil), x.abs...))
	}
	return z
}

// Bits returns the magnitude of x as little-endian Words, sharing x's
// storage.
func (x *Int) Bits() []Word { return x.abs }

// SetBits sets z to the non-negative value whose little-endian Words
// are abs, sharing abs, and returns z.
func (z *Int) SetBits(abs []Word) *Int { return z.set(false, nat(abs).norm()) }

// Abs sets z to |x| and returns z.
func (z *Int) Abs(x *Int) *Int {
	z.Set(x)
	z.neg = false
	return z
}

// Neg stores the negation of x in z and returns z.
func (z *Int) Neg(x *Int) *Int {
	z.Set(x)
	z.neg = len(z.abs) > 0 && !z.neg
	return z
}

// addSigned returns the sign and magnitude of (xneg,x) + (yneg,y).
func addSigned(xneg bool, x nat, yneg bool, y nat) (bool, nat) {
	if xneg == yneg {
		return xneg, natAdd(x, y)
	}
	if natCmp(x, y) >= 0 {
		return xneg, natSub(x, y)
	}
	return yneg, natSub(y, x)
}

// Add sets z to x+y and returns z.
func (z *Int) Add(x, y *Int) *Int {
	return z.set(addSigned(x.neg, x.abs, y.neg, y.abs))
}

// Sub sets z to x-y and returns z.
func (z *Int) Sub(x, y *Int) *Int {
	return z.set(addSigned(x.neg, x.abs, !y.neg, y.abs))
}

// Mul sets z to x*y and returns z.
func (z *Int) Mul(x, y *Int) *Int {
	return z.set(x.neg != y.neg, natMul(x.abs, y.abs))
}

// Quo sets z to x/y truncated toward zero and returns z. It panics when
// y is 0.
func (z *Int) Quo(x, y *Int) *Int {
	q, _ := natDiv(x.abs, y.abs)
	return z.set(x.neg != y.neg, q)
}

// Rem sets z to x - y*Quo(x, y) (with the sign of x) and returns z. It
// panics when y is 0.
func (z *Int) Rem(x, y *Int) *Int {
	_, r := natDiv(x.abs, y.abs)
	return z.set(x.neg, r)
}

// QuoRem sets z to Quo(x, y) and r to Rem(x, y) and returns both. It
// panics when y is 0.
func (z *Int) QuoRem(x, y, r *Int) (*Int, *Int) {
	q, rr := natDiv(x.abs, y.abs)
	qneg, rneg := x.neg != y.neg, x.neg
	z.set(qneg, q)
	r.set(rneg, rr)
	return z, r
}

// Div sets z to the Euclidean quotient of x and y (the one leaving a
// non-negative remainder) and returns z. It panics when y is 0.
func (z *Int) Div(x, y *Int) *Int {
	var m Int
	z.DivMod(x, y, &m)
	return z
}

// Mod sets z to the Euclidean remainder of x and y, in [0, |y|), and
// returns z. It panics when y is 0.
func (z *Int) Mod(x, y *Int) *Int {
	_, r := natDiv(x.abs, y.abs)
	if x.neg && len(r) > 0 {
		r = natSub(y.abs, r)
	}
	return z.set(false, r)
}

// DivMod sets z to Div(x, y) and m to Mod(x, y) and returns both. It
// panics when y is 0.
func (z *Int) DivMod(x, y, m *Int) (*Int, *Int) {
	yneg, yabs := y.neg, y.abs
	q, r := natDiv(x.abs, yabs)
	qneg := x.neg != yneg
	if x.neg && len(r) > 0 {
		// Step the truncated quotient one away from zero.
		q = natAdd(q, natOne)
		r = natSub(yabs, r)
	}
	z.set(qneg, q)
	m.set(false, r)
	return z, m
}

// Cmp returns -1, 0 or +1 as x is less than, equal to or greater than y.
func (x *Int) Cmp(y *Int) (r int) {
	switch {
	case x.neg == y.neg:
		c := natCmp(x.abs, y.abs)
		if x.neg {
			c = -c
		}
		return c
	case x.neg:
		return -1
	}
	return 1
}

// CmpAbs compares |x| and |y| and returns -1, 0 or +1.
func (x *Int) CmpAbs(y *Int) int { return natCmp(x.abs, y.abs) }

// Int64 returns x as an int64; the result is unspecified (the low 64 bits)
// when x does not fit.
func (x *Int) Int64() int64 {
	v := int64(natLow64(x.abs))
	if x.neg {
		v = -v
	}
	return v
}

// Uint64 returns the low 64 bits of |x|; the result is unspecified when x
// does not fit a uint64.
func (x *Int) Uint64() uint64 { return natLow64(x.abs) }

// IsInt64 reports whether x fits an int64.
func (x *Int) IsInt64() bool {
	if len(x.abs) > 1 {
		return false
	}
	v := natLow64(x.abs)
	if x.neg {
		return v <= 1<<63
	}
	return v < 1<<63
}

// IsUint64 reports whether x fits a uint64.
func (x *Int) IsUint64() bool { return !x.neg && len(x.abs) <= 1 }

// Exp sets z to x**y mod |m| and returns z. With m nil or 0 it is x**y,
// and 1 for y <= 0. With a modulus and y < 0, x is first replaced by its
// modular inverse; when there is none, z is unchanged and nil returned.
// With a modulus the result is in [0, |m|).
func (z *Int) Exp(x, y, m *Int) *Int {
	var mabs nat
	if m != nil {
		mabs = m.abs
	}
	base := x
	if y.neg {
		if len(mabs) == 0 {
			return z.SetInt64(1)
		}
		inv := new(Int).ModInverse(x, &Int{abs: mabs})
		if inv == nil {
			return nil
		}
		base = inv
	}
	r := natExpMod(base.abs, y.abs, mabs)
	// As in Go, the sign follows the original x even when x was replaced
	// by its (non-negative) inverse.
	neg := x.neg && len(y.abs) > 0 && y.abs[0]&1 == 1
	if neg && len(mabs) > 0 && len(r) > 0 {
		return z.set(false, natSub(mabs, r))
	}
	return z.set(neg, r)
}

// Sqrt sets z to the floor of the square root of x and returns z. It
// panics when x is negative.
func (z *Int) Sqrt(x *Int) *Int {
	if x.neg {
		panic("square root of negative number")
	}
	return z.set(false, natSqrt(x.abs))
}

// GCD sets z to the greatest common divisor of a and b (always >= 0) and
// returns z. When x or y is non-nil it also sets them so that
// z = a*x + b*y. a and b may have any sign; GCD(0, 0) is 0 with x = y = 0.
func (z *Int) GCD(x, y, a, b *Int) *Int {
	if len(a.abs) == 0 || len(b.abs) == 0 {
		aneg, aabs, bneg, babs := a.neg, a.abs, b.neg, b.abs
		if len(aabs) == 0 {
			z.set(false, babs)
		} else {
			z.set(false, aabs)
		}
		if x != nil {
			if len(aabs) == 0 {
				x.SetInt64(0)
			} else {
				x.set(aneg, natOne)
			}
		}
		if y != nil {
			if len(babs) == 0 {
				y.SetInt64(0)
			} else {
				y.set(bneg, natOne)
			}
		}
		return z
	}
	aa := new(Int).Set(a)
	bb := new(Int).Set(b)
	// Extended Euclid on |a| and |b|, tracking the cofactor of |a|.
	r0 := new(Int).Abs(aa)
	r1 := new(Int).Abs(bb)
	s0 := NewInt(1)
	s1 := NewInt(0)
	for len(r1.abs) > 0 {
		q, r := new(Int).QuoRem(r0, r1, new(Int))
		r0, r1 = r1, r
		s0, s1 = s1, new(Int).Sub(s0, new(Int).Mul(q, s1))
	}
	if aa.neg {
		// Like Go, a zero cofactor of a negative a is a "negative zero"
		// (it prints as -0).
		s0.neg = !s0.neg
	}
	if y != nil {
		// y = (g - a*x) / b
		t := new(Int).Sub(r0, new(Int).Mul(aa, s0))
		y.Quo(t, bb)
	}
	if x != nil {
		x.neg = s0.neg
		x.abs = s0.abs
	}
	return z.Set(r0)
}

// ModInverse sets z to the inverse of g modulo n, in [0, |n|), and returns
// z; when g and n are not coprime it returns nil and leaves z unchanged.
func (z *Int) ModInverse(g, n *Int) *Int {
	nn := new(Int).Abs(n)
	gg := g
	if g.neg {
		gg = new(Int).Mod(g, nn)
	}
	var d, x Int
	d.GCD(&x, nil, gg, nn)
	if d.Cmp(NewInt(1)) != 0 {
		return nil
	}
	if x.neg {
		return z.Add(&x, nn)
	}
	return z.Set(&x)
}

// Lsh sets z to x << n and returns z.
func (z *Int) Lsh(x *Int, n uint) *Int { return z.set(x.neg, natShl(x.abs, n)) }

// Rsh sets z to x >> n (an arithmetic shift: negative values round toward
// minus infinity) and returns z.
func (z *Int) Rsh(x *Int, n uint) *Int {
	if x.neg {
		// -x >> n == -(((x-1) >> n) + 1)
		t := natShr(natSub(x.abs, natOne), n)
		return z.set(true, natAdd(t, natOne))
	}
	return z.set(false, natShr(x.abs, n))
}

// BitLen returns the length of |x| in bits; 0 for 0.
func (x *Int) BitLen() int { return natBitLen(x.abs) }

// TrailingZeroBits returns the number of consecutive least significant
// zero bits of |x|.
func (x *Int) TrailingZeroBits() uint { return natTrailingZeros(x.abs) }

// Bit returns bit i of x in two's complement form. It panics when i < 0.
func (x *Int) Bit(i int) uint {
	if i < 0 {
		panic("negative bit index")
	}
	if x.neg {
		return natBit(natSub(x.abs, natOne), uint(i)) ^ 1
	}
	return natBit(x.abs, uint(i))
}

// SetBit sets z to x with bit i (two's complement) set to b (0 or 1) and
// returns z. It panics for other b or for i < 0.
func (z *Int) SetBit(x *Int, i int, b uint) *Int {
	if i < 0 {
		panic("negative bit index")
	}
	if b > 1 {
		panic("set bit is not 0 or 1")
	}
	mask := natShl(natOne, uint(i))
	if x.neg {
		// Work on the complement ^x = |x|-1, where the bit is inverted.
		t := natSub(x.abs, natOne)
		if b == 1 {
			t = natBitwise(t, mask, 3)
		} else {
			t = natBitwise(t, mask, 1)
		}
		return z.set(true, natAdd(t, natOne))
	}
	if b == 1 {
		return z.set(false, natBitwise(x.abs, mask, 1))
	}
	return z.set(false, natBitwise(x.abs, mask, 3))
}

// complement returns |x|-1, the magnitude of ^x, for a negative x.
func complement(x *Int) nat { return natSub(x.abs, natOne) }

// And sets z to x & y (two's complement) and returns z.
func (z *Int) And(x, y *Int) *Int {
	switch {
	case x.neg && y.neg:
		return z.set(true, natAdd(natBitwise(complement(x), complement(y), 1), natOne))
	case x.neg:
		return z.set(false, natBitwise(y.abs, complement(x), 3))
	case y.neg:
		return z.set(false, natBitwise(x.abs, complement(y), 3))
	}
	return z.set(false, natBitwise(x.abs, y.abs, 0))
}

// AndNot sets z to x &^ y (two's complement) and returns z.
func (z *Int) AndNot(x, y *Int) *Int {
	switch {
	case x.neg && y.neg:
		return z.set(false, natBitwise(complement(y), complement(x), 3))
	case x.neg:
		return z.set(true, natAdd(natBitwise(complement(x), y.abs, 1), natOne))
	case y.neg:
		return z.set(false, natBitwise(x.abs, complement(y), 0))
	}
	return z.set(false, natBitwise(x.abs, y.abs, 3))
}

// Or sets z to x | y (two's complement) and returns z.
func (z *Int) Or(x, y *Int) *Int {
	switch {
	case x.neg && y.neg:
		return z.set(true, natAdd(natBitwise(complement(x), complement(y), 0), natOne))
	case x.neg:
		return z.set(true, natAdd(natBitwise(complement(x), y.abs, 3), natOne))
	case y.neg:
		return z.set(true, natAdd(natBitwise(complement(y), x.abs, 3), natOne))
	}
	return z.set(false, natBitwise(x.abs, y.abs, 1))
}

// Xor sets z to x ^ y (two's complement) and returns z.
func (z *Int) Xor(x, y *Int) *Int {
	switch {
	case x.neg && y.neg:
		return z.set(false, natBitwise(complement(x), complement(y), 2))
	case x.neg:
		return z.set(true, natAdd(natBitwise(complement(x), y.abs, 2), natOne))
	case y.neg:
		return z.set(true, natAdd(natBitwise(complement(y), x.abs, 2), natOne))
	}
	return z.set(false, natBitwise(x.abs, y.abs, 2))
}

// Not sets z to ^x = -x-1 and returns z.
func (z *Int) Not(x *Int) *Int {
	if x.neg {
		return z.set(false, complement(x))
	}
	return z.set(true, natAdd(x.abs, natOne))
}

// MulRange sets z to the product of the integers in [a, b] and returns z;
// the empty product (a > b) is 1.
func (z *Int) MulRange(a, b int64) *Int {
	switch {
	case a > b:
		return z.SetInt64(1)
	case a <= 0 && b >= 0:
		return z.SetInt64(0)
	}
	neg := false
	if b < 0 {
		// All factors negative: the sign depends on how many there are.
		neg = (b-a)&1 == 0
		a, b = -b, -a
	}
	p := natOne
	for i := a; i <= b; i++ {
		p = natMulAddWord(p, Word(i), 0)
	}
	return z.set(neg, p)
}

// Binomial stores "n choose k" in z and returns z (0 when k > n).
func (z *Int) Binomial(n, k int64) *Int {
	if k > n {
		return z.SetInt64(0)
	}
	if k > n-k {
		k = n - k
	}
	var a, b Int
	a.MulRange(n-k+1, n)
	b.MulRange(1, k)
	return z.Quo(&a, &b)
}

// Bytes returns |x| as a big-endian byte slice.
func (x *Int) Bytes() []byte {
	n := (natBitLen(x.abs) + 7) / 8
	buf := make([]byte, n)
	return x.FillBytes(buf)
}

// FillBytes writes |x| big-endian into all of buf, zero-padded, and
// returns buf. It panics when |x| does not fit.
func (x *Int) FillBytes(buf []byte) []byte {
	for i := range buf {
		buf[i] = 0
	}
	if (natBitLen(x.abs)+7)/8 > len(buf) {
		panic("math/big: buffer too small to fit value")
	}
	for i := 0; i < len(buf); i++ {
		w := i / (wordBits / 8)
		if w >= len(x.abs) {
			break
		}
		buf[len(buf)-1-i] = byte(x.abs[w] >> (8 * uint(i%(wordBits/8))))
	}
	return buf
}

// SetBytes sets z to the non-negative value of the big-endian bytes buf
// and returns z.
func (z *Int) SetBytes(buf []byte) *Int {
	abs := make(nat, (len(buf)+wordBits/8-1)/(wordBits/8))
	for i := 0; i < len(buf); i++ {
		abs[i/(wordBits/8)] |= Word(buf[len(buf)-1-i]) << (8 * uint(i%(wordBits/8)))
	}
	return z.set(false, abs.norm())
}
