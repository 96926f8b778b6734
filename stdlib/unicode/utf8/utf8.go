// Package utf8 (golite): UTF-8 encoding and decoding. The decoders,
// counters and validators are natives with Go's exact results (invalid
// bytes decode as (RuneError, 1), surrogates and values past MaxRune are
// invalid); the rest is Go.
package utf8

// The constants of the encoding.
const (
	RuneError = '\uFFFD'     // what invalid input decodes to: U+FFFD, the replacement character
	RuneSelf  = 0x80         // runes below this are encoded as the one byte of the same value
	MaxRune   = '\U0010FFFF' // the largest Unicode code point
	UTFMax    = 4            // the longest encoding of a rune, in bytes
)

const (
	surrogateMin = 0xD800
	surrogateMax = 0xDFFF
)

// FullRune reports whether p starts with a complete encoded rune; an
// invalid sequence counts as complete, as decoding it yields RuneError.
func FullRune(p []byte) bool

// FullRuneInString is FullRune for a string.
func FullRuneInString(s string) bool

// DecodeRune decodes the rune at the start of p and returns it with the
// number of bytes it used: (RuneError, 0) for an empty p and
// (RuneError, 1) for an invalid sequence.
func DecodeRune(p []byte) (r rune, size int)

// DecodeRuneInString is DecodeRune for a string.
func DecodeRuneInString(s string) (r rune, size int)

// DecodeLastRune decodes the rune at the end of p and returns it with the
// number of bytes it used (same error results as DecodeRune).
func DecodeLastRune(p []byte) (r rune, size int)

// DecodeLastRuneInString is DecodeLastRune for a string.
func DecodeLastRuneInString(s string) (r rune, size int)

// EncodeRune stores the encoding of r at the start of p and returns its
// length; an invalid r is stored as RuneError. A p too short for it
// panics (index out of range).
func EncodeRune(p []byte, r rune) int

// AppendRune returns p with the encoding of r added at the end.
func AppendRune(p []byte, r rune) []byte

// RuneCount counts the runes encoded in p; each byte of an invalid or
// truncated sequence counts as one rune.
func RuneCount(p []byte) int

// RuneCountInString is RuneCount for a string.
func RuneCountInString(s string) (n int)

// Valid reports whether all of p is correctly encoded UTF-8.
func Valid(p []byte) bool

// ValidString reports whether all of s is correctly encoded UTF-8.
func ValidString(s string) bool

// RuneLen returns how many bytes r takes when encoded, or -1 for a value
// that cannot be encoded (a surrogate or beyond MaxRune).
func RuneLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case surrogateMin <= r && r <= surrogateMax:
		return -1
	case r < 0x10000:
		return 3
	case r <= MaxRune:
		return 4
	}
	return -1
}

// RuneStart reports whether b can begin an encoded rune, that is, b is
// not a continuation byte (10xxxxxx).
func RuneStart(b byte) bool { return b&0xC0 != 0x80 }

// ValidRune reports whether r is a Unicode scalar value: in range and not
// a surrogate.
func ValidRune(r rune) bool {
	switch {
	case 0 <= r && r < surrogateMin:
		return true
	case surrogateMax < r && r <= MaxRune:
		return true
	}
	return false
}
