// Package big (golite, math/big): arbitrary-precision integers (Int) and
// rationals (Rat), in Go. This file owns the unsigned magnitudes: slices
// of 64-bit words, least significant first, with no leading zero words.
package big

import "math/bits"

// A Word is one digit of a magnitude: a machine word.
type Word uint

// nat is a magnitude; the empty slice is 0. Functions here never modify
// their operands and always return freshly allocated results, so callers
// need not care about aliasing.
type nat []Word

const wordBits = bits.UintSize

// norm drops leading zero words.
func (z nat) norm() nat {
	i := len(z)
	for i > 0 && z[i-1] == 0 {
		i--
	}
	return z[:i]
}

func natOf(v uint64) nat {
	if v == 0 {
		return nil
	}
	return nat{Word(v)}
}

func natCmp(x, y nat) int {
	if len(x) != len(y) {
		if len(x) < len(y) {
			return -1
		}
		return 1
	}
	for i := len(x) - 1; i >= 0; i-- {
		if x[i] != y[i] {
			if x[i] < y[i] {
				return -1
			}
			return 1
		}
	}
	return 0
}

func natAdd(x, y nat) nat {
	if len(x) < len(y) {
		x, y = y, x
	}
	z := make(nat, len(x)+1)
	var c uint
	for i := range x {
		var yi uint
		if i < len(y) {
			yi = uint(y[i])
		}
		s, cc := bits.Add(uint(x[i]), yi, c)
		z[i] = Word(s)
		c = cc
	}
	z[len(x)] = Word(c)
	return z.norm()
}

// natSub returns x - y; x must be at least y.
func natSub(x, y nat) nat {
	z := make(nat, len(x))
	var b uint
	for i := range x {
		var yi uint
		if i < len(y) {
			yi = uint(y[i])
		}
		d, bb := bits.Sub(uint(x[i]), yi, b)
		z[i] = Word(d)
		b = bb
	}
	return z.norm()
}

func natMul(x, y nat) nat {
	if len(x) == 0 || len(y) == 0 {
		return nil
	}
	z := make(nat, len(x)+len(y))
	for i, xi := range x {
		if xi == 0 {
			continue
		}
		var carry uint
		for j, yj := range y {
			hi, lo := bits.Mul(uint(xi), uint(yj))
			lo, c := bits.Add(lo, uint(z[i+j]), 0)
			hi += c
			lo, c = bits.Add(lo, carry, 0)
			hi += c
			z[i+j] = Word(lo)
			carry = hi
		}
		z[i+len(y)] = Word(carry)
	}
	return z.norm()
}

// natMulAddWord returns x*m + a.
func natMulAddWord(x nat, m, a Word) nat {
	z := make(nat, len(x)+1)
	carry := uint(a)
	for i, xi := range x {
		hi, lo := bits.Mul(uint(xi), uint(m))
		lo, c := bits.Add(lo, carry, 0)
		z[i] = Word(lo)
		carry = hi + c
	}
	z[len(x)] = Word(carry)
	return z.norm()
}

// natDivWord returns x / d and x % d for a non-zero word d.
func natDivWord(x nat, d Word) (nat, Word) {
	q := make(nat, len(x))
	var r uint
	for i := len(x) - 1; i >= 0; i-- {
		qi, ri := bits.Div(r, uint(x[i]), uint(d))
		q[i] = Word(qi)
		r = ri
	}
	return q.norm(), Word(r)
}

// natShl returns x << s.
func natShl(x nat, s uint) nat {
	if len(x) == 0 {
		return nil
	}
	words := int(s / wordBits)
	sh := s % wordBits
	z := make(nat, len(x)+words+1)
	if sh == 0 {
		copy(z[words:], x)
		return z.norm()
	}
	var prev Word
	for i, xi := range x {
		z[i+words] = xi<<sh | prev>>(wordBits-sh)
		prev = xi
	}
	z[len(x)+words] = prev >> (wordBits - sh)
	return z.norm()
}

// natShr returns x >> s.
func natShr(x nat, s uint) nat {
	words := int(s / wordBits)
	if words >= len(x) {
		return nil
	}
	sh := s % wordBits
	z := make(nat, len(x)-words)
	for i := range z {
		v := x[i+words] >> sh
		if sh != 0 && i+words+1 < len(x) {
			v |= x[i+words+1] << (wordBits - sh)
		}
		z[i] = v
	}
	return z.norm()
}

// natDiv returns u / v and u % v; it panics when v is 0.
func natDiv(u, v nat) (q, r nat) {
	if len(v) == 0 {
		panic("division by zero")
	}
	if natCmp(u, v) < 0 {
		return nil, append(nat(nil), u...)
	}
	if len(v) == 1 {
		q, rw := natDivWord(u, v[0])
		return q, natOf(uint64(rw))
	}
	// Knuth's algorithm D: normalise so the divisor's top bit is set,
	// then find one quotient word at a time.
	n := len(v)
	s := uint(bits.LeadingZeros(uint(v[n-1])))
	vn := make([]uint, n)
	sv := natShl(v, s)
	for i := range vn {
		vn[i] = uint(sv[i])
	}
	un := make([]uint, len(u)+1)
	su := natShl(u, s)
	for i := range su {
		un[i] = uint(su[i])
	}
	top := vn[n-1]
	q = make(nat, len(u)-n+1)
	for j := len(u) - n; j >= 0; j-- {
		var qhat, rhat uint
		overflow := false
		if un[j+n] >= top {
			qhat = ^uint(0)
			var c uint
			rhat, c = bits.Add(un[j+n-1], top, 0)
			overflow = c != 0
		} else {
			qhat, rhat = bits.Div(un[j+n], un[j+n-1], top)
		}
		for !overflow {
			hi, lo := bits.Mul(qhat, vn[n-2])
			if hi < rhat || (hi == rhat && lo <= un[j+n-2]) {
				break
			}
			qhat--
			var c uint
			rhat, c = bits.Add(rhat, top, 0)
			overflow = c != 0
		}
		// un[j:j+n+1] -= qhat * vn
		var borrow, carry uint
		for i := 0; i < n; i++ {
			hi, lo := bits.Mul(qhat, vn[i])
			lo, c := bits.Add(lo, carry, 0)
			carry = hi + c
			d, b := bits.Sub(un[i+j], lo, borrow)
			un[i+j] = d
			borrow = b
		}
		d, b := bits.Sub(un[j+n], carry, borrow)
		un[j+n] = d
		if b != 0 {
			// qhat was one too large: add the divisor back.
			qhat--
			var c uint
			for i := 0; i < n; i++ {
				sum, cc := bits.Add(un[i+j], vn[i], c)
				un[i+j] = sum
				c = cc
			}
			un[j+n] += c
		}
		q[j] = Word(qhat)
	}
	rem := make(nat, n)
	for i := range rem {
		rem[i] = Word(un[i])
	}
	return q.norm(), natShr(rem.norm(), s)
}

func natBitLen(x nat) int {
	if len(x) == 0 {
		return 0
	}
	return (len(x)-1)*wordBits + bits.Len(uint(x[len(x)-1]))
}

func natBit(x nat, i uint) uint {
	w := int(i / wordBits)
	if w >= len(x) {
		return 0
	}
	return uint(x[w]>>(i%wordBits)) & 1
}

func natTrailingZeros(x nat) uint {
	for i, w := range x {
		if w != 0 {
			return uint(i)*wordBits + uint(bits.TrailingZeros(uint(w)))
		}
	}
	return 0
}

// natBitwise combines x and y word by word with op (0 and, 1 or, 2 xor,
// 3 and-not).
func natBitwise(x, y nat, op int) nat {
	n := len(x)
	if len(y) > n {
		n = len(y)
	}
	z := make(nat, n)
	for i := range z {
		var a, b Word
		if i < len(x) {
			a = x[i]
		}
		if i < len(y) {
			b = y[i]
		}
		switch op {
		case 0:
			z[i] = a & b
		case 1:
			z[i] = a | b
		case 2:
			z[i] = a ^ b
		default:
			z[i] = a &^ b
		}
	}
	return z.norm()
}

var natOne = nat{1}

// natSqrt returns floor(sqrt(x)) by Newton's iteration from above.
func natSqrt(x nat) nat {
	if len(x) == 0 {
		return nil
	}
	z := natShl(natOne, uint(natBitLen(x)+1)/2)
	for {
		q, _ := natDiv(x, z)
		next := natShr(natAdd(z, q), 1)
		if natCmp(next, z) >= 0 {
			return z
		}
		z = next
	}
}

// natExpMod returns x**y mod m (m non-empty) or x**y (m empty).
func natExpMod(x, y, m nat) nat {
	if len(m) == 1 && m[0] == 1 {
		return nil
	}
	z := natOne
	if len(m) > 0 {
		_, x = natDiv(x, m)
	}
	for i := natBitLen(y) - 1; i >= 0; i-- {
		z = natMul(z, z)
		if len(m) > 0 {
			_, z = natDiv(z, m)
		}
		if natBit(y, uint(i)) == 1 {
			z = natMul(z, x)
			if len(m) > 0 {
				_, z = natDiv(z, m)
			}
		}
	}
	return append(nat(nil), z...)
}

func natLow64(x nat) uint64 {
	if len(x) == 0 {
		return 0
	}
	return uint64(x[0])
}
