// fmt.Scanner support for Int and Rat (golite, math/big).
package big

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

var (
	errNoDigits  = errors.New("number has no digits")
	errSeparator = errors.New("'_' must separate successive digits")
)

// scanDigits reads an unsigned number in base (0: from a prefix, with '_'
// allowed between digits) from s, stopping before the first rune that
// cannot continue it.
func scanDigits(s fmt.ScanState, base int) (nat, error) {
	underscores := base == 0
	prefix := rune(0)
	if base == 0 {
		base = 10
		r, _, err := s.ReadRune()
		if err == nil && r == '0' {
			prefix = '0'
			base = 8
			r2, _, err2 := s.ReadRune()
			if err2 == nil {
				switch r2 {
				case 'x', 'X':
					base, prefix = 16, 'x'
				case 'b', 'B':
					base, prefix = 2, 'b'
				case 'o', 'O':
					base, prefix = 8, 'o'
				default:
					s.UnreadRune()
				}
			}
		} else if err == nil {
			s.UnreadRune()
		}
	}
	var z nat
	digits := 0
	badSep := false
	prev := '.' // what came before: '0' digit or prefix, '_' separator
	if prefix != 0 {
		prev = '0'
	}
	for {
		r, _, err := s.ReadRune()
		if err != nil {
			break
		}
		if r == '_' && underscores {
			if prev != '0' {
				badSep = true
			}
			prev = '_'
			continue
		}
		d := int(MaxBase) + 1
		if r < 128 {
			d = digitValue(byte(r), base)
		}
		if d >= base {
			s.UnreadRune()
			break
		}
		z = natMulAddWord(z, Word(base), Word(d))
		digits++
		prev = '0'
	}
	if prev == '_' {
		badSep = true
	}
	if digits == 0 {
		if prefix == '0' {
			// Just "0": the octal prefix alone is the number zero.
			return nil, nil
		}
		return nil, errNoDigits
	}
	if badSep {
		return z, errSeparator
	}
	return z, nil
}

// Scan implements fmt.Scanner: verbs b, o, d, x, X, and s or v (which take
// the base from a prefix).
func (z *Int) Scan(s fmt.ScanState, ch rune) error {
	s.SkipSpace()
	base := 0
	switch ch {
	case 'b':
		base = 2
	case 'o':
		base = 8
	case 'd':
		base = 10
	case 'x', 'X':
		base = 16
	case 's', 'v':
	default:
		return errors.New("Int.Scan: invalid verb")
	}
	neg := false
	r, _, err := s.ReadRune()
	if err != nil {
		if err == io.EOF {
			return io.EOF
		}
		return err
	}
	switch r {
	case '-':
		neg = true
	case '+':
	default:
		s.UnreadRune()
	}
	abs, err := scanDigits(s, base)
	// Like Go, z takes the magnitude read even on error, but then keeps
	// its old sign (so a failed scan into a negative Int shows "-0").
	z.abs = abs
	if err != nil {
		return err
	}
	z.neg = neg && len(abs) > 0
	return nil
}

// Scan implements fmt.Scanner for the verbs e, E, f, F, g, G and v: it
// reads a fraction "a/b" or a decimal number, as SetString accepts.
func (z *Rat) Scan(s fmt.ScanState, ch rune) error {
	tok, err := s.Token(true, func(r rune) bool {
		return strings.ContainsRune("+-/0123456789.eE", r)
	})
	if err != nil {
		return err
	}
	if !strings.ContainsRune("efgEFGv", ch) {
		return errors.New("Rat.Scan: invalid verb")
	}
	if _, ok := z.SetString(string(tok)); !ok {
		return errors.New("Rat.Scan: invalid syntax")
	}
	return nil
}
