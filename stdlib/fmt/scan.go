// Package fmt (golite): scanning (Scan, Sscan, Fscan and their ln and f
// forms), in Go, with Go's rules for spaces, newlines, verbs and errors.
// Operands of named types go through the scanKind/scanStore hooks.
//
// Everything a scan reads goes through ss.ReadRune, one rune at a time
// with one rune of lookahead that can be put back. How far a scan reads
// into its input is observable (a reader that cannot put runes back loses
// the rune read past the last operand), so the reading follows Go's
// exactly. Errors are raised by panicking with a scanAbort and recovered
// at the entry points.
package fmt

import (
	"errors"
	"io"
	"math"
	"os"
	"strconv"
	"unicode"
	"unicode/utf8"
)

// Scanner is implemented by values that scan themselves.
type Scanner interface {
	Scan(state ScanState, verb rune) error
}

// ScanState is what a Scanner's Scan method reads its input through.
type ScanState interface {
	// Width returns the operand's width, if the format gave one.
	Width() (wid int, ok bool)
	// SkipSpace skips white space (newlines too, unless the scan stops
	// at them).
	SkipSpace()
	// ReadRune returns the next rune of the input (io.EOF at its end, or
	// at the end of the operand's width); UnreadRune puts the last rune
	// read back.
	ReadRune() (r rune, size int, err error)
	UnreadRune() error
	// Token skips space if asked, then returns the run of runes for which
	// f is true (not white space if f is nil).
	Token(skipSpace bool, f func(rune) bool) (token []byte, err error)
	// Read is there to make a ScanState an io.Reader; it always fails.
	Read(buf []byte) (n int, err error)
}

// Scan reads space-separated values from standard input into the
// operands (newlines count as space) and returns how many it stored.
func Scan(a ...any) (n int, err error) { return Fscan(os.Stdin, a...) }

// Scanln is Scan that stops at a newline, which (or the end of the input)
// must follow the last operand.
func Scanln(a ...any) (n int, err error) { return Fscanln(os.Stdin, a...) }

// Scanf reads standard input as format directs.
func Scanf(format string, a ...any) (n int, err error) { return Fscanf(os.Stdin, format, a...) }

// Sscan is Scan reading str.
func Sscan(str string, a ...any) (n int, err error) { return Fscan(&stringSource{str}, a...) }

// Sscanln is Scanln reading str.
func Sscanln(str string, a ...any) (n int, err error) { return Fscanln(&stringSource{str}, a...) }

// Sscanf is Scanf reading str.
func Sscanf(str string, format string, a ...any) (n int, err error) {
	return Fscanf(&stringSource{str}, format, a...)
}

// Fscan is Scan reading r.
func Fscan(r io.Reader, a ...any) (n int, err error) {
	return startScan(r, true, false).scanAll(a)
}

// Fscanln is Scanln reading r.
func Fscanln(r io.Reader, a ...any) (n int, err error) {
	return startScan(r, false, true).scanAll(a)
}

// Fscanf is Scanf reading r.
func Fscanf(r io.Reader, format string, a ...any) (n int, err error) {
	return startScan(r, false, false).scanFormat(format, a)
}

// stringSource reads a string. It is a plain reader, so the Sscan
// functions read it as Go's do, through byteRunes.
type stringSource struct {
	s string
}

func (r *stringSource) Read(b []byte) (int, error) {
	if r.s == "" {
		return 0, io.EOF
	}
	n := copy(b, r.s)
	r.s = r.s[n:]
	return n, nil
}

// byteRunes reads runes from a reader that cannot put them back, one byte
// at a time (so it reads nothing past the runes the scan reads), and
// keeps the last rune so it can be put back. The bytes of an invalid
// sequence after its first are kept for the runes that follow.
type byteRunes struct {
	r     io.Reader
	spare []byte // bytes read but not used yet
	last  rune
	back  bool // the last rune was put back
}

func (b *byteRunes) nextByte() (byte, error) {
	if len(b.spare) > 0 {
		c := b.spare[0]
		b.spare = b.spare[1:]
		return c, nil
	}
	var one [1]byte
	if _, err := io.ReadFull(b.r, one[:]); err != nil {
		return 0, err
	}
	return one[0], nil
}

func (b *byteRunes) ReadRune() (rune, int, error) {
	if b.back {
		b.back = false
		return b.last, utf8.RuneLen(b.last), nil
	}
	first, err := b.nextByte()
	if err != nil {
		return 0, 0, err
	}
	seq := []byte{first}
	for !utf8.FullRune(seq) {
		c, err := b.nextByte()
		if err == io.EOF {
			break
		}
		if err != nil {
			return 0, 0, err
		}
		seq = append(seq, c)
	}
	r, n := utf8.DecodeRune(seq)
	b.spare = append(b.spare, seq[n:]...) // (after any already kept, as in Go)
	b.last = r
	return r, n, nil
}

func (b *byteRunes) UnreadRune() error {
	b.back = true
	return nil
}

// scanAbort carries an error from where a scan fails to the entry point
// that recovers it.
type scanAbort struct {
	cause error
}

// noRune is what next returns at the end of the input.
const noRune = -1

// noWidth is the width (and rune limit) of an operand without one.
const noWidth = 1 << 30

// Integer sizes of int and uintptr.
const (
	bitsOfInt     = 32 << (^uint(0) >> 63)
	bitsOfUintptr = 32 << (^uintptr(0) >> 63)
)

// ss is the ScanState the scanning functions use (Go's name, which %T
// shows a Scanner's Scan method).
type ss struct {
	src       io.RuneScanner
	tok       []byte // the token being read
	runes     int    // runes read so far
	ended     bool   // the input (or the line, for Scanln) has ended
	nlIsEnd   bool   // a newline ends the input (Scanln, Fscanln)
	nlIsSpace bool   // a newline is white space (Scan, Fscan)
	argLimit  int    // runes may not pass this while reading an operand
	limit     int    // nor this
	maxWid    int    // the operand's width, noWidth if none
}

// startScan returns the state for a scan of r. (A Scanner that scans its
// ScanState with Fscan and friends starts a scan of its own, which reads
// through that ScanState and so within its limits.)
func startScan(r io.Reader, nlIsSpace, nlIsEnd bool) *ss {
	rs, ok := r.(io.RuneScanner)
	if !ok {
		rs = &byteRunes{r: r}
	}
	return &ss{src: rs, nlIsSpace: nlIsSpace, nlIsEnd: nlIsEnd, limit: noWidth, argLimit: noWidth, maxWid: noWidth}
}

// Read always fails: scanning reads runes.
func (s *ss) Read(buf []byte) (n int, err error) {
	return 0, errors.New("ScanState's Read should not be called. Use ReadRune")
}

// ReadRune returns the next rune. After the operand's width, or once the
// input (or line) has ended, it returns io.EOF.
func (s *ss) ReadRune() (r rune, size int, err error) {
	if s.ended || s.runes >= s.argLimit {
		return 0, 0, io.EOF
	}
	r, size, err = s.src.ReadRune()
	switch {
	case err == io.EOF:
		s.ended = true
	case err != nil:
	default:
		s.runes++
		s.ended = s.nlIsEnd && r == '\n'
	}
	return r, size, err
}

// UnreadRune puts the last rune back.
func (s *ss) UnreadRune() error {
	s.src.UnreadRune()
	s.ended = false
	s.runes--
	return nil
}

// Width returns the operand's width, if there is one.
func (s *ss) Width() (wid int, ok bool) {
	if s.maxWid == noWidth {
		return 0, false
	}
	return s.maxWid, true
}

// fail ends the scan with err.
func (s *ss) fail(err error) { panic(scanAbort{err}) }

// check ends the scan with err unless it is nil.
func (s *ss) check(err error) {
	if err != nil {
		s.fail(err)
	}
}

// failf ends the scan with an error of the given text.
func (s *ss) failf(text string) { s.fail(errors.New(text)) }

// next returns the next rune, or noRune; other read errors end the scan.
func (s *ss) next() rune {
	r, _, err := s.ReadRune()
	switch {
	case err == io.EOF:
		return noRune
	case err != nil:
		s.fail(err)
	}
	return r
}

// nextInside is next where the end of the input is an error
// (io.ErrUnexpectedEOF).
func (s *ss) nextInside() rune {
	r := s.next()
	if r == noRune {
		s.fail(io.ErrUnexpectedEOF)
	}
	return r
}

// Token is the ScanState method: errors are returned, not raised.
func (s *ss) Token(skipSpace bool, f func(rune) bool) (tok []byte, err error) {
	defer func() {
		if e := recover(); e != nil {
			se, ok := e.(scanAbort)
			if !ok {
				panic(e)
			}
			err = se.cause
		}
	}()
	if f == nil {
		f = nonSpace
	}
	s.tok = s.tok[:0]
	return s.collect(skipSpace, f), nil
}

// spaceRune reports whether r is white space (newline included).
func spaceRune(r rune) bool { return unicode.IsSpace(r) }

func nonSpace(r rune) bool { return !spaceRune(r) }

// SkipSpace skips white space. A newline (or "\r\n") is skipped if it
// counts as space, and is an error otherwise ("unexpected newline").
func (s *ss) SkipSpace() {
	for {
		switch r := s.next(); {
		case r == noRune:
			return
		case r == '\r' && s.nextIs("\n"):
			// part of "\r\n": the newline decides
		case r == '\n':
			if !s.nlIsSpace {
				s.failf("unexpected newline")
				return
			}
		case !spaceRune(r):
			s.UnreadRune()
			return
		}
	}
}

// collect gathers into s.tok the runes for which f is true (after white
// space, if skipSpace) and returns them.
func (s *ss) collect(skipSpace bool, f func(rune) bool) []byte {
	if skipSpace {
		s.SkipSpace()
	}
	for r := s.next(); r != noRune; r = s.next() {
		if !f(r) {
			s.UnreadRune()
			break
		}
		s.tok = utf8.AppendRune(s.tok, r)
	}
	return s.tok
}

var (
	errComplexSyntax = errors.New("syntax error scanning complex number")
	errBoolSyntax    = errors.New("syntax error scanning boolean")
)

// oneOf reports whether r is one of the runes of set.
func oneOf(r rune, set string) bool {
	for _, c := range set {
		if c == r {
			return true
		}
	}
	return false
}

// take reads the next rune and reports whether it is one of set: then it
// is appended to the token if keep is set; otherwise (when keep is set) it
// is put back. (A rune not in set and not kept is dropped, as in Go.)
func (s *ss) take(set string, keep bool) bool {
	r := s.next()
	switch {
	case r == noRune:
		return false
	case oneOf(r, set):
		if keep {
			s.tok = utf8.AppendRune(s.tok, r)
		}
		return true
	case keep:
		s.UnreadRune()
	}
	return false
}

// grab takes the next rune into the token if it is one of set.
func (s *ss) grab(set string) bool { return s.take(set, true) }

// acceptSeq accepts one rune of each set in turn and reports whether all
// came (it stops at the first that does not).
func (s *ss) acceptSeq(sets ...string) bool {
	for _, set := range sets {
		if !s.grab(set) {
			return false
		}
	}
	return true
}

// acceptAll accepts runes of set for as long as they come.
func (s *ss) acceptAll(set string) {
	for s.grab(set) {
	}
}

// nextIs reports whether the next rune is one of set, without taking it.
func (s *ss) nextIs(set string) bool {
	r := s.next()
	if r != noRune {
		s.UnreadRune()
	}
	return oneOf(r, set)
}

// needInput ends the scan with io.EOF (itself, not wrapped) if the input is
// over.
func (s *ss) needInput() {
	if s.next() == noRune {
		panic(io.EOF)
	}
	s.UnreadRune()
}

// verbFor checks that verb is one of verbs, allowed for operands of the
// named type.
func (s *ss) verbFor(verb rune, verbs, typ string) bool {
	if !oneOf(verb, verbs) {
		s.failf("bad verb '%" + string(verb) + "' for " + typ)
		return false
	}
	return true
}

// Sets of runes for numbers.
const (
	base2        = "01"
	base8        = "01234567"
	base10       = "0123456789"
	base16       = "0123456789aAbBcCdDeEfF"
	signs        = "+-"
	floatVerbSet = "beEfFgGv"
)

// readBool reads a boolean: 0 or 1, or true or false in any mix of
// cases, where the first letter alone will do but a longer start must
// go on to the whole word. Any other rune reads as false.
func (s *ss) readBool(verb rune) bool {
	s.SkipSpace()
	s.needInput()
	s.verbFor(verb, "tv", "boolean")
	var word string
	switch r := s.next(); r {
	case '0', '1':
		return r == '1'
	case 't', 'T':
		word = "true"
	case 'f', 'F':
		word = "false"
	default:
		return false
	}
	for i := 1; i < len(word); i++ {
		lower := word[i]
		if !s.grab(string([]byte{lower, lower - 'a' + 'A'})) {
			if i > 1 {
				s.fail(errBoolSyntax)
			}
			break
		}
	}
	return word == "true"
}

// charCode reads one rune (%c) as a number, which must fit bitSize
// bits as a signed value.
func (s *ss) charCode(bitSize int) int64 {
	s.needInput()
	r := int64(s.next())
	if sh := uint(64 - bitSize); r<<sh>>sh != r {
		s.failf("overflow on character value " + string(rune(r)))
	}
	return r
}

// integerToken reads the text of an integer for verb: a sign first when
// signed, "U+" first (not kept) for %U, and for %v an optional base
// prefix — 0b, 0o, 0x or just a leading 0 for octal — with underscores
// allowed among the digits. It returns the text and the base strconv
// should read it in (0 for %v: the text carries its prefix).
func (s *ss) integerToken(verb rune, signed bool) (string, int) {
	s.SkipSpace()
	s.needInput()
	s.verbFor(verb, "bdoUxXv", "integer")
	base, digits := 10, base10
	switch verb {
	case 'b':
		base, digits = 2, base2
	case 'o':
		base, digits = 8, base8
	case 'x', 'X', 'U':
		base, digits = 16, base16
	}
	if verb == 'U' {
		if !s.take("U", false) || !s.take("+", false) {
			s.failf("bad unicode format ")
		}
	} else if signed {
		s.grab(signs)
	}
	needDigit := true
	if verb == 'v' {
		base = 0
		if s.grab("0") {
			needDigit = false // the 0 is a digit itself
			switch {
			case s.grab("bB"):
				digits = base2
			case s.grab("xX"):
				digits = base16
			default:
				s.grab("oO")
				digits = base8
			}
		}
		digits += "_"
	}
	if needDigit {
		s.needInput()
		if !s.grab(digits) {
			s.failf("expected integer")
		}
	}
	s.acceptAll(digits)
	return string(s.tok), base
}

// scanInteger reads an integer for verb that must fit bitSize bits,
// signed or not, and returns its bits (for %c, the rune's code).
func (s *ss) scanInteger(verb rune, bitSize int, signed bool) uint64 {
	if verb == 'c' {
		return uint64(s.charCode(bitSize))
	}
	tok, base := s.integerToken(verb, signed)
	if !signed {
		u, err := strconv.ParseUint(tok, base, 64)
		s.check(err)
		if u>>uint(bitSize) != 0 {
			s.failf("unsigned integer overflow on token " + tok)
		}
		return u
	}
	i, err := strconv.ParseInt(tok, base, 64)
	s.check(err)
	if sh := uint(64 - bitSize); i<<sh>>sh != i {
		s.failf("integer overflow on token " + tok)
	}
	return uint64(i)
}

// floatText reads the longest start of the input that looks like a
// floating-point number: nan, an optional sign and inf, or digits (hex
// after 0x) with a fraction and an exponent (p for hex), underscores
// allowed.
func (s *ss) floatText() string {
	s.tok = s.tok[:0]
	if s.acceptSeq("nN", "aA", "nN") {
		return string(s.tok)
	}
	if s.grab(signs); s.acceptSeq("iI", "nN", "fF") {
		return string(s.tok)
	}
	digits, exponents := base10+"_", "eEpP"
	if s.acceptSeq("0", "xX") {
		digits, exponents = base16+"_", "pP"
	}
	s.acceptAll(digits)
	if s.grab(".") {
		s.acceptAll(digits)
	}
	if s.grab(exponents) {
		s.grab(signs)
		s.acceptAll(base10 + "_")
	}
	return string(s.tok)
}

// toFloat converts a float token for n bits. A decimal number with a 'p'
// exponent means times a power of two (errors then quote the whole
// token).
func (s *ss) toFloat(str string, n int) float64 {
	p := -1
	for k := 0; k < len(str); k++ {
		switch str[k] {
		case 'x', 'X':
			p = -2
		case 'p':
			if p == -1 {
				p = k
			}
		}
	}
	if p < 0 {
		f, err := strconv.ParseFloat(str, n)
		if err != nil {
			s.fail(err)
		}
		return f
	}
	withToken := func(err error) error {
		if ne, ok := err.(*strconv.NumError); ok {
			ne.Num = str
		}
		return err
	}
	mantissa, err := strconv.ParseFloat(str[:p], n)
	if err != nil {
		s.fail(withToken(err))
	}
	exp, err := strconv.Atoi(str[p+1:])
	if err != nil {
		s.fail(withToken(err))
	}
	return math.Ldexp(mantissa, exp)
}

// readComplex reads a complex number of n bits (n/2 per part).
func (s *ss) readComplex(verb rune, n int) complex128 {
	if !s.verbFor(verb, floatVerbSet, "complex") {
		return 0
	}
	s.SkipSpace()
	s.needInput()
	// The text is a±bi, optionally in parentheses, with no spaces; both
	// parts are read before either is converted.
	open := s.grab("(")
	var parts [2]string
	parts[0] = s.floatText()
	s.tok = s.tok[:0]
	ok := s.grab("+-")
	if ok {
		sign := s.tok[0]
		parts[1] = string(rune(sign)) + s.floatText()
		ok = s.grab("i") && (!open || s.grab(")"))
	}
	if !ok {
		s.fail(errComplexSyntax)
	}
	return complex(s.toFloat(parts[0], n/2), s.toFloat(parts[1], n/2))
}

// scanFloat reads a float of n bits (no verb check: named float types
// accept any verb).
func (s *ss) scanFloat(n int) float64 {
	s.SkipSpace()
	s.needInput()
	return s.toFloat(s.floatText(), n)
}

// scanString reads a string: the next word for %s and %v, a Go quoted
// string for %q, hexadecimal bytes for %x and %X.
func (s *ss) scanString(verb rune) string {
	s.verbFor(verb, "svqxX", "string")
	s.SkipSpace()
	s.needInput()
	if verb == 'q' {
		return s.quoted()
	}
	if verb|0x20 == 'x' {
		return s.hexBytes()
	}
	word := s.collect(true, nonSpace)
	return string(word)
}

// quoted reads a back-quoted string, or a double-quoted one decoded by
// strconv.Unquote.
func (s *ss) quoted() string {
	s.needInput()
	switch open := s.next(); open {
	case '`':
		for r := s.nextInside(); r != '`'; r = s.nextInside() {
			s.tok = utf8.AppendRune(s.tok, r)
		}
		return string(s.tok)
	case '"':
		s.tok = append(s.tok, '"')
		for {
			r := s.nextInside()
			s.tok = utf8.AppendRune(s.tok, r)
			if r == '"' {
				break
			}
			if r == '\\' {
				// The escaped rune cannot end the string.
				s.tok = utf8.AppendRune(s.tok, s.nextInside())
			}
		}
		text, err := strconv.Unquote(string(s.tok))
		if err != nil {
			s.fail(err)
		}
		return text
	}
	s.failf("expected quoted string")
	return ""
}

// nibble returns the value of the hexadecimal digit r, or -1.
func nibble(r rune) int {
	for i, d := range base16 {
		if d == r {
			if i < 10 {
				return i
			}
			return 10 + (i-10)/2 // base16 pairs each letter's cases
		}
	}
	return -1
}

// hexBytes reads pairs of hexadecimal digits as bytes; there must be at
// least one pair, and a pair must be complete.
func (s *ss) hexBytes() string {
	s.needInput()
	for r := s.next(); r != noRune; r = s.next() {
		hi := nibble(r)
		if hi < 0 {
			s.UnreadRune()
			break
		}
		lo := nibble(s.nextInside())
		if lo < 0 {
			s.failf("illegal hex digit")
		}
		s.tok = append(s.tok, byte(hi<<4|lo))
	}
	if len(s.tok) == 0 {
		s.failf("no hex data for %x string")
	}
	return string(s.tok)
}

// Kinds reported by the scanKind hook.
const (
	kindInvalid = iota // not a pointer to a scannable type
	kindNotPointer
	kindBool
	kindInt
	kindUint
	kindFloat
	kindComplex
	kindString
	kindBytes
)

// scanKind is a hook. Native: classify arg for scanning: kindNotPointer
// if it is not a pointer; otherwise by the kind of the pointed-to type's
// underlying type: kindBool, kindInt (int*), kindUint (uint*, uintptr),
// kindFloat, kindComplex, kindString, kindBytes (a slice of a byte-kind
// element), else kindInvalid. bits is the type's size in bits (64 for
// int, uint and uintptr; 0 for non-numbers). typeName is the Go spelling
// of arg's dynamic type (as %T prints it).
func scanKind(arg any) (kind int, bits int, typeName string)

// scanStore is a hook. Native: store v into *arg, converting it to the
// pointed-to type: v is a bool, int64, uint64, float64, complex128,
// string or []byte matching scanKind's kind (floats are already rounded
// to the target's precision; strings to []byte-kind slices become a new
// slice of the named slice type).
func scanStore(arg any, v any)

// basicKind classifies pointers to the predeclared types the way the
// scanKind hook classifies the others (kind, size in bits, type name), and
// returns how to store a scanned value (as scanStore takes it) through
// the pointer.
func basicKind(arg any) (kind int, bits int, name string, set func(v any)) {
	switch p := arg.(type) {
	case *bool:
		return kindBool, 0, "bool", func(v any) { *p = v.(bool) }
	case *int:
		return kindInt, bitsOfInt, "int", func(v any) { *p = int(v.(int64)) }
	case *int8:
		return kindInt, 8, "int8", func(v any) { *p = int8(v.(int64)) }
	case *int16:
		return kindInt, 16, "int16", func(v any) { *p = int16(v.(int64)) }
	case *int32:
		return kindInt, 32, "int32", func(v any) { *p = int32(v.(int64)) }
	case *int64:
		return kindInt, 64, "int64", func(v any) { *p = v.(int64) }
	case *uint:
		return kindUint, bitsOfInt, "uint", func(v any) { *p = uint(v.(uint64)) }
	case *uint8:
		return kindUint, 8, "uint8", func(v any) { *p = uint8(v.(uint64)) }
	case *uint16:
		return kindUint, 16, "uint16", func(v any) { *p = uint16(v.(uint64)) }
	case *uint32:
		return kindUint, 32, "uint32", func(v any) { *p = uint32(v.(uint64)) }
	case *uint64:
		return kindUint, 64, "uint64", func(v any) { *p = v.(uint64) }
	case *uintptr:
		return kindUint, bitsOfUintptr, "uintptr", func(v any) { *p = uintptr(v.(uint64)) }
	case *float32:
		return kindFloat, 32, "float32", func(v any) { *p = float32(v.(float64)) }
	case *float64:
		return kindFloat, 64, "float64", func(v any) { *p = v.(float64) }
	case *complex64:
		return kindComplex, 64, "complex64", func(v any) { *p = complex64(v.(complex128)) }
	case *complex128:
		return kindComplex, 128, "complex128", func(v any) { *p = v.(complex128) }
	case *string:
		return kindString, 0, "string", func(v any) { *p = v.(string) }
	case *[]byte:
		return kindBytes, 0, "[]byte", func(v any) { *p = v.([]byte) }
	}
	return kindInvalid, 0, "", nil
}

// scanOperand reads one operand with verb and stores it: through its Scan
// method, directly for the predeclared types, and through the scanKind
// and scanStore hooks for named types.
func (s *ss) scanOperand(verb rune, arg any) {
	s.tok = s.tok[:0]
	if sc, ok := arg.(Scanner); ok {
		if err := sc.Scan(s, verb); err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			s.fail(err)
		}
		return
	}
	kind, bits, name, set := basicKind(arg)
	basic := set != nil
	if !basic {
		kind, bits, name = scanKind(arg)
		set = func(v any) { scanStore(arg, v) }
	}
	var v any
	switch kind {
	case kindNotPointer:
		s.failf("type not a pointer: " + name)
	case kindBool:
		v = s.readBool(verb)
	case kindInt:
		v = int64(s.scanInteger(verb, bits, true))
	case kindUint:
		v = s.scanInteger(verb, bits, false)
	case kindFloat:
		// Only float32 and float64 themselves check the verb.
		if basic && !s.verbFor(verb, floatVerbSet, name) {
			return
		}
		f := s.scanFloat(bits)
		if bits == 32 {
			f = float64(float32(f))
		}
		v = f
	case kindComplex:
		v = s.readComplex(verb, bits)
	case kindString:
		v = s.scanString(verb)
	case kindBytes:
		v = []byte(s.scanString(verb))
	default:
		s.failf("can't scan type: " + name)
	}
	set(v)
}

// recovered turns what a failing scan panicked with into its error: the
// error of a scanAbort, or io.EOF itself. Other panics go on.
func recovered(errp *error) {
	e := recover()
	switch v := e.(type) {
	case nil:
	case scanAbort:
		*errp = v.cause
	case error:
		if v != io.EOF {
			panic(e)
		}
		*errp = v
	default:
		panic(e)
	}
}

// scanAll reads the operands with %v; for Scanln, only spaces may then
// come before the newline (or the end).
func (s *ss) scanAll(a []any) (n int, err error) {
	defer recovered(&err)
	for n < len(a) {
		s.scanOperand('v', a[n])
		n++
	}
	if s.nlIsEnd {
		if r := s.pastBlanks(s.next()); r != '\n' && r != noRune {
			s.failf("expected newline")
		}
	}
	return n, nil
}

// pastBlanks reads on from r (already read) over space other than
// newlines and returns the first rune that is not such space.
func (s *ss) pastBlanks(r rune) rune {
	for r != '\n' && spaceRune(r) {
		r = s.next()
	}
	return r
}

// matchSpace handles a run of white space in the format, holding
// newlines newlines: each must meet a newline (or the end) in the input,
// after any other space. Space after the last newline of the run (or
// alone) eats the input's space; alone, it needs at least some, and no
// newline.
func (s *ss) matchSpace(newlines int, trailing bool) {
	for k := newlines; k > 0; k-- {
		if r := s.pastBlanks(s.next()); r != '\n' && r != noRune {
			s.failf("newline in format does not match input")
		}
	}
	if !trailing {
		return
	}
	r := s.next()
	if newlines == 0 {
		if r != noRune && !spaceRune(r) {
			s.failf("expected space in input to match format")
		}
		if r == '\n' {
			s.failf("newline in input does not match format")
		}
	}
	if s.pastBlanks(r) != noRune {
		s.UnreadRune()
	}
}

// literal matches the literal text at the start of format against the
// input and returns how much of format it used: it stops at a verb (a
// '%' not followed by another) and returns -1 when the input differs.
// "%%" matches a '%'.
func (s *ss) literal(format string) int {
	used := 0
	for used < len(format) {
		c, w := utf8.DecodeRuneInString(format[used:])
		if spaceRune(c) {
			newlines, trailing := 0, false
			for used < len(format) && spaceRune(c) {
				if c == '\n' {
					newlines++
				}
				trailing = c != '\n'
				used += w
				c, w = utf8.DecodeRuneInString(format[used:])
			}
			s.matchSpace(newlines, trailing)
			continue
		}
		if c == '%' {
			if used+w == len(format) {
				s.failf("missing verb: % at end of format string")
			}
			if after, _ := utf8.DecodeRuneInString(format[used+w:]); after != '%' {
				return used
			}
			used += w // the first of "%%"
		}
		if s.nextInside() != c {
			s.UnreadRune()
			return -1
		}
		used += w
	}
	return used
}

// width reads the decimal width that may follow the '%' at
// format[at-1], returning noWidth when there is none. The final byte of
// format is never taken as a digit: it is always left to be a verb, so a
// '%' that ends the format names itself. A number too long to be a width
// is passed over entirely, up to that final byte.
func width(format string, at int) (wid, verbAt int) {
	last := len(format) - 1
	if at >= last {
		return noWidth, last
	}
	n, j := 0, at
	for ; j < last && '0' <= format[j] && format[j] <= '9'; j++ {
		if n > 1e6 || n < -1e6 {
			return noWidth, last
		}
		n = n*10 + int(format[j]-'0')
	}
	if j == at {
		return noWidth, at
	}
	return n, j
}

// scanFormat reads the operands as format directs: literal text must
// match, and each verb (with an optional width limiting the runes read)
// reads one operand; "%%" reads a '%'.
func (s *ss) scanFormat(format string, a []any) (n int, err error) {
	defer recovered(&err)
	rest := format
	for {
		spec, found := s.toVerb(rest)
		if !found {
			break
		}
		wid, verbAt := width(spec, 1)
		verb, size := utf8.DecodeRuneInString(spec[verbAt:])
		rest = spec[verbAt+size:]
		if s.directive(verb, wid, a[n:], spec[verbAt:]) {
			n++
		}
	}
	if n < len(a) {
		s.failf("too many operands")
	}
	return n, nil
}

// toVerb matches the literal text of format against the input and
// returns format from the '%' of the next verb; found is false when the
// format, or the input, ends first.
func (s *ss) toVerb(format string) (spec string, found bool) {
	for format != "" {
		used := s.literal(format)
		switch {
		case used > 0:
			format = format[used:]
		case format[0] == '%':
			return format, true
		case used < 0:
			s.failf("input does not match format")
		default:
			return "", false
		}
	}
	return "", false
}

// directive carries out one verb of a format, whose text from the verb
// on is spec, and reports whether it filled an operand (the first of
// operands).
func (s *ss) directive(verb rune, wid int, operands []any, spec string) bool {
	s.maxWid = wid
	if verb != 'c' {
		s.SkipSpace()
	}
	if verb == '%' {
		s.SkipSpace()
		s.needInput()
		if !s.grab("%") {
			s.failf("missing literal %")
		}
		return false
	}
	if len(operands) == 0 {
		s.failf("too few operands for format '%" + spec + "'")
	}
	s.argLimit = min(s.limit, s.runes+wid)
	s.scanOperand(verb, operands[0])
	s.argLimit = s.limit
	return true
}
