// Package strconv (golite): conversions to and from strings. Number
// formatting, float parsing and quoting are natives; integer and float
// parsing go through hooks that return an error code, and the Go side
// builds Go's *NumError values.
package strconv

import "errors"

// NumError describes a failed conversion: the function (ParseBool,
// ParseInt, ParseUint, ParseFloat, ParseComplex or Atoi), the input, and
// why (ErrSyntax, ErrRange or another error).
type NumError struct {
	Func string
	Num  string
	Err  error
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

// ErrRange is the NumError reason for a value that does not fit the
// requested size.
var ErrRange = errors.New("value out of range")

// ErrSyntax is the NumError reason for an input that is not a number of
// the requested kind.
var ErrSyntax = errors.New("invalid syntax")

// IntSize is the number of bits in an int or uint: 32 or 64.
const IntSize = 32 << (^uint(0) >> 63)

// Error codes of the parsing hooks.
const (
	codeOK = iota
	codeSyntax
	codeRange
	codeBase
	codeBitSize
)

// failure builds the *NumError for a hook's error code (nil for codeOK).
func failure(fn, input string, base, bitSize, code int) error {
	var why error
	switch code {
	case codeOK:
		return nil
	case codeSyntax:
		why = ErrSyntax
	case codeRange:
		why = ErrRange
	case codeBase:
		why = errors.New("invalid base " + Itoa(base))
	case codeBitSize:
		why = errors.New("invalid bit size " + Itoa(bitSize))
	}
	return &NumError{Func: fn, Num: input, Err: why}
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

// ParseUint parses s as an unsigned integer in base 2 to 36, or in the
// base its prefix names (0b, 0o, 0, 0x; underscores allowed) when base is
// 0, and checks that it fits in bitSize bits (0 meaning uint's size). No
// sign is allowed. A value out of range returns the largest value of the
// size and ErrRange.
func ParseUint(s string, base int, bitSize int) (uint64, error) {
	v, code := parseUint(s, base, bitSize)
	return v, failure("ParseUint", s, base, bitSize, code)
}

// ParseInt is ParseUint for signed integers with an optional sign; out of
// range values return the nearest limit of the size and ErrRange.
func ParseInt(s string, base int, bitSize int) (i int64, err error) {
	v, code := parseInt(s, base, bitSize)
	return v, failure("ParseInt", s, base, bitSize, code)
}

// Atoi is ParseInt(s, 10, 0) returning an int (errors name Atoi).
func Atoi(s string) (int, error) {
	v, code := parseInt(s, 10, 0)
	return int(v), failure("Atoi", s, 10, 0, code)
}

// ParseFloat parses s as a floating-point number (decimal or hexadecimal,
// or Inf/NaN spelled in any case) rounded to bitSize 32 or 64 bits.
// Values too large return ±Inf and ErrRange.
func ParseFloat(s string, bitSize int) (float64, error) {
	f, n, code := parseFloat(s, bitSize)
	if code != codeSyntax && n < len(s) {
		// A number followed by anything else is not a number.
		code, f = codeSyntax, 0
	}
	return f, failure("ParseFloat", s, 10, bitSize, code)
}

// ParseBool accepts 1, t, T, true, TRUE, True and 0, f, F, false, FALSE,
// False.
func ParseBool(str string) (bool, error) {
	for _, yes := range [...]string{"1", "t", "T", "true", "TRUE", "True"} {
		if str == yes {
			return true, nil
		}
	}
	for _, no := range [...]string{"0", "f", "F", "false", "FALSE", "False"} {
		if str == no {
			return false, nil
		}
	}
	return false, &NumError{Func: "ParseBool", Num: str, Err: ErrSyntax}
}

// FormatBool returns "true" or "false".
func FormatBool(b bool) string {
	if !b {
		return "false"
	}
	return "true"
}

// AppendBool appends FormatBool(b) to dst.
func AppendBool(dst []byte, b bool) []byte { return append(dst, FormatBool(b)...) }

// FormatUint writes i in base 2 to 36, digits past 9 being the lower-case
// letters a to z.
// Native: an invalid base panics with "strconv: illegal AppendInt/FormatInt base".
func FormatUint(i uint64, base int) string

// FormatInt writes i in base 2 to 36 (digits as FormatUint's), with a
// leading '-' when negative. Native: an invalid base panics as for FormatUint.
func FormatInt(i int64, base int) string

// Itoa is FormatInt(int64(i), 10).
func Itoa(i int) string { return FormatInt(int64(i), 10) }

// AppendInt appends FormatInt(i, base) to dst.
func AppendInt(dst []byte, i int64, base int) []byte { return append(dst, FormatInt(i, base)...) }

// AppendUint appends FormatUint(i, base) to dst.
func AppendUint(dst []byte, i uint64, base int) []byte { return append(dst, FormatUint(i, base)...) }

// FormatFloat writes f, taken as a float of bitSize bits (32 or 64), in
// the style fmt names ('b', 'e', 'E', 'f', 'g', 'G', 'x', 'X') with prec
// digits (-1: as few as read back to the same value). Native: Go's exact output (shortest
// round-trip digits, %e exponents of at least two digits, "+Inf", "-Inf",
// "NaN"; an unknown fmt gives '%' followed by the fmt byte).
func FormatFloat(f float64, fmt byte, prec, bitSize int) string

// AppendFloat appends FormatFloat(f, fmt, prec, bitSize) to dst.
func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	return append(dst, FormatFloat(f, fmt, prec, bitSize)...)
}

// FormatComplex formats c as "(re+imi)", each part as FormatFloat does with
// half of bitSize (64 for complex64, 128 for complex128; anything else
// panics). The imaginary part always has a sign.
func FormatComplex(c complex128, fmt byte, prec, bitSize int) string {
	var half int
	switch bitSize {
	case 64:
		half = 32
	case 128:
		half = 64
	default:
		panic("invalid bitSize")
	}
	re := FormatFloat(real(c), fmt, prec, half)
	im := FormatFloat(imag(c), fmt, prec, half)
	if sign := im[0]; sign != '+' && sign != '-' {
		im = "+" + im
	}
	return "(" + re + im + "i)"
}

// ParseComplex parses s as a complex number: "N", "Ni" or "N±Ni" (each N
// as ParseFloat reads it), optionally in parentheses, with parts rounded
// to half of bitSize (64 for complex64, 128 for complex128). A part out
// of range gives ±Inf and ErrRange.
func ParseComplex(s string, bitSize int) (complex128, error) {
	partBits := 64
	if bitSize == 64 {
		partBits = 32
	}
	body := s
	if n := len(body); n >= 2 && body[0] == '(' && body[n-1] == ')' {
		body = body[1 : n-1]
	}
	bad := func() (complex128, error) {
		return 0, &NumError{Func: "ParseComplex", Num: s, Err: ErrSyntax}
	}
	var rangeErr error
	// number reads a float at the start of body, noting a range error.
	number := func() (float64, bool) {
		f, n, code := parseFloat(body, partBits)
		if code == codeSyntax {
			return 0, false
		}
		if code == codeRange {
			rangeErr = &NumError{Func: "ParseComplex", Num: s, Err: ErrRange}
		}
		body = body[n:]
		return f, true
	}

	first, ok := number()
	switch {
	case !ok:
		return bad()
	case body == "":
		return complex(first, 0), rangeErr
	case body == "i":
		return complex(0, first), rangeErr
	}
	switch body[0] {
	case '+':
		// A lone '+' before the imaginary part is dropped (so "+NaNi"
		// reads); a second sign is an error.
		if len(body) > 1 && body[1] != '+' {
			body = body[1:]
		}
	case '-':
	default:
		return bad()
	}
	second, ok := number()
	if !ok || body != "i" {
		return bad()
	}
	return complex(first, second), rangeErr
}
