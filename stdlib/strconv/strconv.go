// Package strconv (golite): conversions to and from strings. Number
// formatting, float parsing and quoting are natives; integer and float
// parsing go through hooks that return an error code, and the Go side
// builds Go's *NumError values.
package strconv

import "errors"

// IntSize is the size in bits of an int or uint value.
const IntSize = intSize

const intSize = 32 << (^uint(0) >> 63)

// ErrRange indicates that a value is out of range for the target type.
var ErrRange = errors.New("value out of range")

// ErrSyntax indicates that a value does not have the right syntax for the
// target type.
var ErrSyntax = errors.New("invalid syntax")

// A NumError records a failed conversion.
type NumError struct {
	Func string // the failing function (ParseBool, ParseInt, ParseUint, ParseFloat, ParseComplex)
	Num  string // the input
	Err  error  // the reason the conversion failed (e.g. ErrRange, ErrSyntax, etc.)
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": " + "parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

// Error codes of the parsing hooks.
const (
	codeOK = iota
	codeSyntax
	codeRange
	codeBase
	codeBitSize
)

func syntaxError(fn, str string) *NumError {
	return &NumError{fn, cloneString(str), ErrSyntax}
}

func rangeError(fn, str string) *NumError {
	return &NumError{fn, cloneString(str), ErrRange}
}

func baseError(fn, str string, base int) *NumError {
	return &NumError{fn, cloneString(str), errors.New("invalid base " + Itoa(base))}
}

func bitSizeError(fn, str string, bitSize int) *NumError {
	return &NumError{fn, cloneString(str), errors.New("invalid bit size " + Itoa(bitSize))}
}

// cloneString returns a string with the same contents (strings are
// immutable in golite, so no copy is needed).
func cloneString(s string) string { return s }

// numError turns a hook's error code into Go's *NumError.
func numError(fn, s string, base, bitSize, code int) error {
	switch code {
	case codeSyntax:
		return syntaxError(fn, s)
	case codeRange:
		return rangeError(fn, s)
	case codeBase:
		return baseError(fn, s, base)
	case codeBitSize:
		return bitSizeError(fn, s, bitSize)
	}
	return nil
}

// parseUint is a hook. Native: Go's ParseUint algorithm on s (base 0
// means prefix-determined with underscores allowed, per Go syntax;
// bitSize 0 means 64). Returns the value and codeOK, or codeSyntax (value
// 0), codeRange (value = max value of bitSize), codeBase (base is not 0
// or 2..36), codeBitSize (bitSize not in 0..64).
func parseUint(s string, base int, bitSize int) (v uint64, code int)

// parseInt is a hook. Native: Go's ParseInt algorithm (optional sign then
// parseUint's syntax); on codeRange the value is the clamped limit of
// bitSize, on other errors 0. Codes as for parseUint.
func parseInt(s string, base int, bitSize int) (v int64, code int)

// parseFloat is a hook. Native: Go's ParseFloat (decimal and hex forms,
// underscores with a base prefix, "inf", "infinity", "nan" in any case,
// correctly rounded to bitSize 32 or 64). Returns codeOK, codeSyntax
// (value 0) or codeRange (value ±Inf, or ±0 never: underflow is not an
// error). n is the number of bytes of s that form the number: parseFloat
// parses the longest valid prefix and reports codeSyntax only when it is
// empty; the Go side rejects trailing bytes.
func parseFloat(s string, bitSize int) (f float64, n int, code int)

// ParseUint is like ParseInt but for unsigned numbers. A sign prefix is
// not permitted.
func ParseUint(s string, base int, bitSize int) (uint64, error) {
	v, code := parseUint(s, base, bitSize)
	if code != codeOK {
		return v, numError("ParseUint", s, base, bitSize, code)
	}
	return v, nil
}

// ParseInt interprets a string s in the given base (0, 2 to 36) and bit
// size (0 to 64) and returns the corresponding value i.
func ParseInt(s string, base int, bitSize int) (i int64, err error) {
	v, code := parseInt(s, base, bitSize)
	if code != codeOK {
		return v, numError("ParseInt", s, base, bitSize, code)
	}
	return v, nil
}

// Atoi is equivalent to ParseInt(s, 10, 0), converted to type int.
func Atoi(s string) (int, error) {
	v, code := parseInt(s, 10, 0)
	if code != codeOK {
		return int(v), numError("Atoi", s, 10, 0, code)
	}
	return int(v), nil
}

// ParseFloat converts the string s to a floating-point number with the
// precision specified by bitSize: 32 for float32, or 64 for float64.
func ParseFloat(s string, bitSize int) (float64, error) {
	f, n, code := parseFloat(s, bitSize)
	if n != len(s) && (code == codeOK || code == codeRange) {
		return 0, syntaxError("ParseFloat", s)
	}
	if code != codeOK {
		return f, numError("ParseFloat", s, 10, bitSize, code)
	}
	return f, nil
}

// ParseBool returns the boolean value represented by the string. It
// accepts 1, t, T, TRUE, true, True, 0, f, F, FALSE, false, False.
func ParseBool(str string) (bool, error) {
	switch str {
	case "1", "t", "T", "true", "TRUE", "True":
		return true, nil
	case "0", "f", "F", "false", "FALSE", "False":
		return false, nil
	}
	return false, syntaxError("ParseBool", str)
}

// FormatBool returns "true" or "false" according to the value of b.
func FormatBool(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// AppendBool appends "true" or "false", according to the value of b, to
// dst and returns the extended buffer.
func AppendBool(dst []byte, b bool) []byte {
	if b {
		return append(dst, "true"...)
	}
	return append(dst, "false"...)
}

// FormatUint returns the string representation of i in the given base,
// for 2 <= base <= 36, using lower-case letters for digit values >= 10.
// Native: an invalid base panics with "strconv: illegal AppendInt/FormatInt base".
func FormatUint(i uint64, base int) string

// FormatInt returns the string representation of i in the given base,
// for 2 <= base <= 36. Native: an invalid base panics as for FormatUint.
func FormatInt(i int64, base int) string

// Itoa is equivalent to FormatInt(int64(i), 10).
func Itoa(i int) string {
	return FormatInt(int64(i), 10)
}

// AppendInt appends the string form of the integer i, as generated by
// FormatInt, to dst and returns the extended buffer.
func AppendInt(dst []byte, i int64, base int) []byte {
	return append(dst, FormatInt(i, base)...)
}

// AppendUint appends the string form of the unsigned integer i, as
// generated by FormatUint, to dst and returns the extended buffer.
func AppendUint(dst []byte, i uint64, base int) []byte {
	return append(dst, FormatUint(i, base)...)
}

// FormatFloat converts the floating-point number f to a string, according
// to the format fmt ('b', 'e', 'E', 'f', 'g', 'G', 'x', 'X') and precision
// prec (-1 for the fewest digits that round-trip), assuming f came from a
// float of bitSize bits (32 or 64). Native: Go's exact output (shortest
// round-trip digits, %e exponents of at least two digits, "+Inf", "-Inf",
// "NaN"; an unknown fmt gives '%' followed by the fmt byte).
func FormatFloat(f float64, fmt byte, prec, bitSize int) string

// AppendFloat appends the string form of the floating-point number f, as
// generated by FormatFloat, to dst and returns the extended buffer.
func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	return append(dst, FormatFloat(f, fmt, prec, bitSize)...)
}

// FormatComplex converts the complex number c to a string of the form
// (a+bi) where a and b are the real and imaginary parts, formatted
// according to the format fmt and precision prec. bitSize is 64 for
// complex64 or 128 for complex128.
func FormatComplex(c complex128, fmt byte, prec, bitSize int) string {
	if bitSize != 64 && bitSize != 128 {
		panic("invalid bitSize")
	}
	bitSize >>= 1 // each part has half the bits

	// The imaginary part always carries a sign.
	im := FormatFloat(imag(c), fmt, prec, bitSize)
	if im[0] != '+' && im[0] != '-' {
		im = "+" + im
	}
	return "(" + FormatFloat(real(c), fmt, prec, bitSize) + im + "i)"
}

// ParseComplex converts the string s to a complex number with the
// precision specified by bitSize: 64 for complex64, or 128 for complex128.
// The forms are N, Ni and N±Ni, optionally in parentheses.
func ParseComplex(s string, bitSize int) (complex128, error) {
	size := 64
	if bitSize == 64 {
		size = 32 // complex64 uses float32 parts
	}
	orig := s

	if len(s) >= 2 && s[0] == '(' && s[len(s)-1] == ')' {
		s = s[1 : len(s)-1]
	}

	var pending error // pending range error, or nil

	// First number: the real part, or the imaginary one if 'i' follows.
	re, n, code := parseFloat(s, size)
	if code == codeSyntax {
		return 0, syntaxError("ParseComplex", orig)
	}
	if code == codeRange {
		pending = rangeError("ParseComplex", orig)
	}
	s = s[n:]

	if len(s) == 0 {
		return complex(re, 0), pending
	}

	switch s[0] {
	case '+':
		// Drop a single '+' so "+NaNi" parses; keep "++" an error.
		if len(s) > 1 && s[1] != '+' {
			s = s[1:]
		}
	case '-':
		// ok
	case 'i':
		if len(s) == 1 {
			return complex(0, re), pending
		}
		fallthrough
	default:
		return 0, syntaxError("ParseComplex", orig)
	}

	im, n, code := parseFloat(s, size)
	if code == codeSyntax {
		return 0, syntaxError("ParseComplex", orig)
	}
	if code == codeRange {
		pending = rangeError("ParseComplex", orig)
	}
	s = s[n:]
	if s != "i" {
		return 0, syntaxError("ParseComplex", orig)
	}
	return complex(re, im), pending
}
