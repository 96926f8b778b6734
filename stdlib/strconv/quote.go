// Package strconv (golite): quoting. Quote* and IsPrint/IsGraphic are
// natives (they need Go's Unicode printability tables); unquoting is Go.
package strconv

import "unicode/utf8"

// Quote returns s as a Go string literal in double quotes: runes that
// IsPrint rejects, and invalid bytes, are written as escapes (\t, \n,
// \xFF, \u0100, ...).
func Quote(s string) string

// QuoteToASCII is Quote with every rune beyond ASCII escaped too.
func QuoteToASCII(s string) string

// QuoteToGraphic is Quote with the runes IsGraphic accepts left as they
// are.
func QuoteToGraphic(s string) string

// QuoteRune returns r as a Go rune literal in single quotes, escaped as
// Quote would (a rune that is not valid Unicode becomes U+FFFD).
func QuoteRune(r rune) string

// QuoteRuneToASCII is QuoteRune with a rune beyond ASCII escaped too.
func QuoteRuneToASCII(r rune) string

// QuoteRuneToGraphic is QuoteRune leaving a rune IsGraphic accepts as it
// is.
func QuoteRuneToGraphic(r rune) string

// IsPrint reports whether r is one Go prints as itself: a letter, mark,
// number, punctuation or symbol rune, or the ASCII space U+0020.
func IsPrint(r rune) bool

// IsGraphic reports whether r is a Unicode graphic rune: what IsPrint
// accepts plus the other space separators (category Zs).
func IsGraphic(r rune) bool

// The Append forms append what the Quote functions return.

func AppendQuote(dst []byte, s string) []byte          { return append(dst, Quote(s)...) }
func AppendQuoteToASCII(dst []byte, s string) []byte   { return append(dst, QuoteToASCII(s)...) }
func AppendQuoteToGraphic(dst []byte, s string) []byte { return append(dst, QuoteToGraphic(s)...) }
func AppendQuoteRune(dst []byte, r rune) []byte        { return append(dst, QuoteRune(r)...) }
func AppendQuoteRuneToASCII(dst []byte, r rune) []byte { return append(dst, QuoteRuneToASCII(r)...) }
func AppendQuoteRuneToGraphic(dst []byte, r rune) []byte {
	return append(dst, QuoteRuneToGraphic(r)...)
}

// CanBackquote reports whether s can be written unchanged between
// backquotes on one line: valid UTF-8 without control characters (tab
// excepted), backquotes, DEL or a byte order mark.
func CanBackquote(s string) bool {
	for i := 0; i < len(s); {
		r, width := utf8.DecodeRuneInString(s[i:])
		i += width
		if width > 1 {
			if r == '\ufeff' {
				return false
			}
			continue
		}
		if r == utf8.RuneError || r == '`' || r == 0x7f || r < ' ' && r != '\t' {
			return false
		}
	}
	return true
}

// hexDigit returns the value of the hexadecimal digit b.
func hexDigit(b byte) (rune, bool) {
	switch {
	case b >= '0' && b <= '9':
		return rune(b - '0'), true
	case b >= 'a' && b <= 'f':
		return rune(b-'a') + 10, true
	case b >= 'A' && b <= 'F':
		return rune(b-'A') + 10, true
	}
	return 0, false
}

// simpleEscapes maps the letter of each one-letter escape to its value.
var simpleEscapes = map[byte]rune{
	'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v', '\\': '\\',
}

// UnquoteChar decodes the first character of s, the inside of a literal
// quoted with quote (a double or single quote, or 0 for none): a UTF-8
// sequence, a byte, or an escape sequence. It returns the value, whether
// it needs a multi-byte UTF-8 encoding, and the rest of s; or ErrSyntax
// (and zero values) for a malformed escape or an unescaped quote.
func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) {
	if s == "" {
		return 0, false, "", ErrSyntax
	}
	switch c := s[0]; {
	case c == quote && (c == '\'' || c == '"'):
		return 0, false, "", ErrSyntax
	case c >= utf8.RuneSelf:
		r, n := utf8.DecodeRuneInString(s)
		return r, true, s[n:], nil
	case c != '\\':
		return rune(c), false, s[1:], nil
	case len(s) == 1:
		return 0, false, "", ErrSyntax
	}
	v, multi, n, ok := escapeValue(s[1], s[2:], quote)
	if !ok {
		return 0, false, "", ErrSyntax
	}
	return v, multi, s[2+n:], nil
}

// escapeValue decodes the escape whose letter is c and whose operand
// digits start rest; n is how many bytes of rest it used.
func escapeValue(c byte, rest string, quote byte) (v rune, multibyte bool, n int, ok bool) {
	if v, simple := simpleEscapes[c]; simple {
		return v, false, 0, true
	}
	switch c {
	case '\'', '"':
		return rune(c), false, 0, c == quote
	case 'x', 'u', 'U':
		n = map[byte]int{'x': 2, 'u': 4, 'U': 8}[c]
		if len(rest) < n {
			return 0, false, 0, false
		}
		for i := 0; i < n; i++ {
			d, isHex := hexDigit(rest[i])
			if !isHex {
				return 0, false, 0, false
			}
			v = v<<4 + d
		}
		if c == 'x' {
			// One byte, which need not be valid UTF-8 on its own.
			return v, false, n, true
		}
		return v, true, n, utf8.ValidRune(v)
	case '0', '1', '2', '3', '4', '5', '6', '7':
		// Three octal digits, the first being c, for one byte.
		v = rune(c - '0')
		if len(rest) < 2 {
			return 0, false, 0, false
		}
		for i := 0; i < 2; i++ {
			d := rest[i]
			if d < '0' || d > '7' {
				return 0, false, 0, false
			}
			v = v<<3 + rune(d-'0')
		}
		return v, false, 2, v <= 0xff
	}
	return 0, false, 0, false
}

// QuotedPrefix returns the quoted literal (as Unquote reads them) at the
// start of s, quotes included, or ErrSyntax if s does not start with one.
func QuotedPrefix(s string) (string, error) {
	text, _, err := scanLiteral(s, false)
	return text, err
}

// Unquote returns the value of s read as a Go string or character literal
// in double quotes, single quotes or backquotes (a character literal gives
// a one-character string), or ErrSyntax.
func Unquote(s string) (string, error) {
	value, rest, err := scanLiteral(s, true)
	switch {
	case err != nil:
		return "", err
	case rest != "":
		return "", ErrSyntax
	}
	return value, nil
}

// scanLiteral reads the quoted literal at the start of s and returns its
// value (decode) or its text (!decode), and what follows it. On ErrSyntax
// the rest is s.
//
// The literal is first assumed to end at the next copy of its opening
// quote. That is right for raw strings, and for literals without escapes
// or newlines if they hold valid UTF-8 (one character, for single quotes);
// anything else is decoded character by character.
func scanLiteral(s string, decode bool) (text, rest string, err error) {
	size := -1 // the literal's length if it ends at the next quote
	if len(s) >= 2 {
		size = indexByte(s[1:], s[0]) + 2
	}
	if size < 2 {
		return "", s, ErrSyntax
	}
	q := s[0]
	lit := s[:size]
	switch q {
	case '`':
		if !decode {
			return lit, s[size:], nil
		}
		// Carriage returns are dropped from raw strings; the contents are
		// not checked for valid UTF-8 (as in Go).
		return dropCR(lit[1 : size-1]), s[size:], nil
	case '"', '\'':
		if plainLiteral(lit, q) {
			if decode {
				lit = lit[1 : size-1]
			}
			return lit, s[size:], nil
		}
		return decodeLiteral(s, q, decode)
	}
	return "", s, ErrSyntax
}

// dropCR returns s without its '\r' bytes.
func dropCR(s string) string {
	if indexByte(s, '\r') < 0 {
		return s
	}
	kept := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if s[i] != '\r' {
			kept = append(kept, s[i])
		}
	}
	return string(kept)
}

// plainLiteral reports whether lit, quoted with q at both ends, needs no
// decoding: no backslash or newline, and valid UTF-8 inside (for single
// quotes, one character that is not an invalid byte; also nothing at all,
// as Go accepts).
func plainLiteral(lit string, q byte) bool {
	if indexByte(lit, '\\') >= 0 || indexByte(lit, '\n') >= 0 {
		return false
	}
	inside := lit[1 : len(lit)-1]
	if q == '"' {
		return utf8.ValidString(inside)
	}
	r, n := utf8.DecodeRuneInString(inside)
	return n == len(inside) && !(r == utf8.RuneError && n == 1)
}

// decodeLiteral reads the double- or single-quoted literal at the start of
// s one character at a time with UnquoteChar. Raw newlines are not
// allowed, and a character literal holds exactly one character. Decoded
// non-ASCII characters are UTF-8 encoded (an invalid byte as U+FFFD);
// \x and octal escapes give single bytes.
func decodeLiteral(s string, q byte, decode bool) (text, rest string, err error) {
	var value []byte
	p := s[1:]
	for chars := 0; p != "" && p[0] != q; chars++ {
		if q == '\'' && chars == 1 {
			break
		}
		r, multibyte, tail, err := UnquoteChar(p, q)
		if err != nil || p[0] == '\n' {
			return "", s, ErrSyntax
		}
		p = tail
		if !decode {
			continue
		}
		if multibyte {
			value = utf8.AppendRune(value, r)
		} else {
			value = append(value, byte(r))
		}
	}
	if p == "" || p[0] != q {
		return "", s, ErrSyntax
	}
	p = p[1:]
	if !decode {
		return s[:len(s)-len(p)], p, nil
	}
	return string(value), p, nil
}

// indexByte returns the index of the first c in s, or -1.
func indexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}
