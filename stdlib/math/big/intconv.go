// Int conversion to and from text, and fmt support (golite, math/big).
package big

import (
	"fmt"
	"math/bits"
	"strconv"
	"strings"
)

// MaxBase is the largest base accepted for string conversions.
const MaxBase = 10 + ('z' - 'a' + 1) + ('Z' - 'A' + 1)

const digitChars = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"

// natText returns the digits of x in base (2..MaxBase), "0" for 0.
func natText(x nat, base int) []byte {
	if base < 2 || base > MaxBase {
		panic("invalid base")
	}
	if len(x) == 0 {
		return []byte("0")
	}
	// Divide by the largest power of base that fits a word, producing
	// that many digits per division, least significant first.
	per := 1
	big := Word(base)
	for {
		hi, lo := mulWord(big, Word(base))
		if hi != 0 {
			break
		}
		big = lo
		per++
	}
	var rev []byte
	for len(x) > 0 {
		var r Word
		x, r = natDivWord(x, big)
		for i := 0; i < per; i++ {
			if len(x) == 0 && r == 0 {
				break
			}
			rev = append(rev, digitChars[r%Word(base)])
			r /= Word(base)
		}
	}
	out := make([]byte, len(rev))
	for i, c := range rev {
		out[len(rev)-1-i] = c
	}
	return out
}

// mulWord returns the double-word product of x and y.
func mulWord(x, y Word) (hi, lo Word) {
	h, l := bits.Mul(uint(x), uint(y))
	return Word(h), Word(l)
}

// Text returns x in the given base (2 to 62): lower-case letters for
// digits 10 to 35, upper-case for 36 to 61, a leading '-' when negative.
// A nil x gives "<nil>".
func (x *Int) Text(base int) string {
	if x == nil {
		return "<nil>"
	}
	return string(x.Append(nil, base))
}

// Append appends x's Text(base) to buf.
func (x *Int) Append(buf []byte, base int) []byte {
	if x == nil {
		return append(buf, "<nil>"...)
	}
	if x.neg {
		buf = append(buf, '-')
	}
	return append(buf, natText(x.abs, base)...)
}

// String returns x in base 10, like Text(10).
func (x *Int) String() string { return x.Text(10) }

// digitValue returns the value of c as a digit, or MaxBase+1.
func digitValue(c byte, base int) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c && c <= 'z':
		return int(c-'a') + 10
	case 'A' <= c && c <= 'Z':
		if base <= 36 {
			return int(c-'A') + 10
		}
		return int(c-'A') + 36
	}
	return MaxBase + 1
}

// scanNat parses the unsigned number s. base 0 selects it from a prefix
// (0b, 0o, 0x, or 0 for octal) and allows '_' between digits.
func scanNat(s string, base int) (nat, bool) {
	underscores := false
	prefixed := false
	if base == 0 {
		base = 10
		underscores = true
		if len(s) >= 2 && s[0] == '0' {
			switch s[1] {
			case 'x', 'X':
				base, s, prefixed = 16, s[2:], true
			case 'b', 'B':
				base, s, prefixed = 2, s[2:], true
			case 'o', 'O':
				base, s, prefixed = 8, s[2:], true
			default:
				base, s, prefixed = 8, s[1:], true
				if s == "" {
					return nil, true
				}
			}
		}
	} else if base < 2 || base > MaxBase {
		panic("invalid number base " + strconv.Itoa(base))
	}
	var z nat
	digits := 0
	prevDigit := prefixed // '_' may follow the prefix
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '_' && underscores {
			if !prevDigit {
				return nil, false
			}
			prevDigit = false
			continue
		}
		d := digitValue(c, base)
		if d >= base {
			return nil, false
		}
		z = natMulAddWord(z, Word(base), Word(d))
		digits++
		prevDigit = true
	}
	if digits == 0 || !prevDigit {
		return nil, false
	}
	return z, true
}

// SetString sets z to the value of s in the given base and returns z and
// true, or nil and false when s is not a valid number. s may start with
// '+' or '-'. Base 0 takes the base from a prefix ("0b", "0o", "0x", or
// "0" for octal, else decimal) and allows '_' between digits. For bases
// up to 36 letters of either case are digits 10 to 35; above, upper case
// letters are 36 to 61.
func (z *Int) SetString(s string, base int) (*Int, bool) {
	neg := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	abs, ok := scanNat(s, base)
	if !ok {
		return nil, false
	}
	return z.set(neg, abs), true
}

// Format implements fmt.Formatter: verbs b, o, O, d, x, X (and s, v as
// d) with the flags '+', ' ', '#', '-', '0', width and precision (the
// minimum number of digits).
func (x *Int) Format(s fmt.State, ch rune) {
	var base int
	switch ch {
	case 'b':
		base = 2
	case 'o', 'O':
		base = 8
	case 'd', 's', 'v':
		base = 10
	case 'x', 'X':
		base = 16
	default:
		fmt.Fprintf(s, "%%!%c(big.Int=%s)", ch, x.String())
		return
	}
	if x == nil {
		fmt.Fprint(s, "<nil>")
		return
	}
	sign := ""
	switch {
	case x.neg:
		sign = "-"
	case s.Flag('+'):
		sign = "+"
	case s.Flag(' '):
		sign = " "
	}
	prefix := ""
	if s.Flag('#') {
		switch ch {
		case 'b':
			prefix = "0b"
		case 'o':
			prefix = "0"
		case 'x':
			prefix = "0x"
		case 'X':
			prefix = "0X"
		}
	}
	if ch == 'O' {
		prefix = "0o"
	}
	digits := string(natText(x.abs, base))
	if ch == 'X' {
		digits = strings.ToUpper(digits)
	}
	zeros := 0
	prec, hasPrec := s.Precision()
	if hasPrec {
		if len(digits) < prec {
			zeros = prec - len(digits)
		} else if digits == "0" && prec == 0 {
			return
		}
	}
	left, right := 0, 0
	n := len(sign) + len(prefix) + zeros + len(digits)
	if w, ok := s.Width(); ok && n < w {
		pad := w - n
		switch {
		case s.Flag('-'):
			right = pad
		case s.Flag('0') && !hasPrec:
			zeros = pad
		default:
			left = pad
		}
	}
	out := strings.Repeat(" ", left) + sign + prefix + strings.Repeat("0", zeros) + digits + strings.Repeat(" ", right)
	s.Write([]byte(out))
}

// MarshalText returns x's decimal text (or "<nil>").
func (x *Int) MarshalText() (text []byte, err error) {
	if x == nil {
		return []byte("<nil>"), nil
	}
	return x.Append(nil, 10), nil
}

// UnmarshalText sets z from a number in text (base 0 syntax).
func (z *Int) UnmarshalText(text []byte) error {
	if _, ok := z.SetString(string(text), 0); !ok {
		return fmt.Errorf("math/big: cannot unmarshal %q into a *big.Int", text)
	}
	return nil
}

// MarshalJSON returns x's decimal text, or null for nil.
func (x *Int) MarshalJSON() ([]byte, error) {
	if x == nil {
		return []byte("null"), nil
	}
	return x.Append(nil, 10), nil
}

// UnmarshalJSON sets z from a JSON number (or leaves it for null).
func (z *Int) UnmarshalJSON(text []byte) error {
	if string(text) == "null" {
		return nil
	}
	return z.UnmarshalText(text)
}
