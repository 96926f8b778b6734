// Package bytes (golite): byte-slice functions. Searching, comparison,
// splitting, joining, case mapping and trimming primitives are natives
// with Go's exact semantics (including which results alias s and their
// capacities); the functions taking callbacks and thin wrappers are Go.
package bytes

import (
	"iter"
	"unicode"
	"unicode/utf8"
)

// MinRead is the minimum slice size passed to a Read call by
// Buffer.ReadFrom.
const MinRead = 512

// Natives.

// Equal reports whether a and b hold the same bytes; nil and an empty
// slice are equal.
func Equal(a, b []byte) bool

// Compare orders a and b byte by byte (a proper prefix first) and returns
// -1, 0 or +1; nil and an empty slice compare equal.
func Compare(a, b []byte) int

// Index returns the offset in s where sep first occurs, or -1.
func Index(s, sep []byte) int

// IndexByte returns the offset of the first byte of b equal to c, or -1.
func IndexByte(b []byte, c byte) int

// IndexRune decodes s as UTF-8 and returns the byte offset of the first
// rune equal to r, or -1 (utf8.RuneError also stops at invalid input).
func IndexRune(s []byte, r rune) int

// IndexAny returns the byte offset of the first rune of s that also
// appears in chars, or -1.
func IndexAny(s []byte, chars string) int

// LastIndex returns the offset in s where sep last occurs, or -1.
func LastIndex(s, sep []byte) int

// LastIndexByte returns the offset of the last byte of s equal to c, or
// -1.
func LastIndexByte(s []byte, c byte) int

// LastIndexAny returns the byte offset of the last rune of s that also
// appears in chars, or -1.
func LastIndexAny(s []byte, chars string) int

// Count returns how many times sep occurs in s, matches taken left to
// right without overlap; for an empty sep, one more than the number of
// runes in s.
func Count(s, sep []byte) int

// EqualFold compares s and t, decoded as UTF-8, rune by rune under
// Unicode simple case folding.
func EqualFold(s, t []byte) bool

// Repeat returns a new slice holding b count times in a row. Native:
// panics "bytes: negative Repeat count" or "bytes: Repeat output length
// overflow" as Go.
func Repeat(b []byte, count int) []byte

// Replace returns a new slice: s with old replaced by new at its first n
// matches (left to right, no overlap), or at all of them if n < 0. The
// result never shares s's array.
func Replace(s, old, new []byte, n int) []byte

// ToUpper returns a new slice with every rune of s in upper case.
func ToUpper(s []byte) []byte

// ToLower returns a new slice with every rune of s in lower case.
func ToLower(s []byte) []byte

// ToTitle returns a new slice with every rune of s in title case.
func ToTitle(s []byte) []byte

// TrimSpace returns the part of s between its leading and trailing
// Unicode white space (nil if nothing remains).
func TrimSpace(s []byte) []byte

// Trim returns the part of s left once every rune found in cutset is
// dropped from both ends (nil if nothing remains).
func Trim(s []byte, cutset string) []byte

// TrimLeft returns the part of s left once every rune found in cutset is
// dropped from its start (nil if nothing remains).
func TrimLeft(s []byte, cutset string) []byte

// TrimRight returns the part of s left once every rune found in cutset
// is dropped from its end.
func TrimRight(s []byte, cutset string) []byte

// Fields returns the words of s, the maximal runs of runes that are not
// white space, as subslices of s whose capacity is their length.
func Fields(s []byte) [][]byte

// SplitN cuts s at each sep into subslices (capacity equal to length),
// with the n rule of strings.SplitN; an empty sep splits after each
// UTF-8 sequence.
func SplitN(s, sep []byte, n int) [][]byte

// SplitAfterN is like SplitN but keeps sep at the end of each subslice.
func SplitAfterN(s, sep []byte, n int) [][]byte

// Join returns a new slice holding the elements of s with sep between
// each two of them.
func Join(s [][]byte, sep []byte) []byte

// Go on top of the natives.

// Clone returns a copy of b in a new array (nil for nil).
func Clone(b []byte) []byte {
	if b == nil {
		return nil
	}
	return append([]byte{}, b...)
}

// Contains, ContainsAny, ContainsRune and ContainsFunc report whether
// Index, IndexAny, IndexRune or IndexFunc would find something.

func Contains(b, subslice []byte) bool              { return Index(b, subslice) != -1 }
func ContainsAny(b []byte, chars string) bool       { return IndexAny(b, chars) != -1 }
func ContainsRune(b []byte, r rune) bool            { return IndexRune(b, r) != -1 }
func ContainsFunc(b []byte, f func(rune) bool) bool { return IndexFunc(b, f) != -1 }

// HasPrefix reports whether s starts with prefix.
func HasPrefix(s, prefix []byte) bool {
	n := len(prefix)
	return n <= len(s) && Equal(s[:n], prefix)
}

// HasSuffix reports whether s ends with suffix.
func HasSuffix(s, suffix []byte) bool {
	n := len(s) - len(suffix)
	return n >= 0 && Equal(s[n:], suffix)
}

// CutPrefix returns s without prefix, and whether s started with it (s
// unchanged if not). The result aliases s.
func CutPrefix(s, prefix []byte) (after []byte, found bool) {
	if found = HasPrefix(s, prefix); found {
		s = s[len(prefix):]
	}
	return s, found
}

// CutSuffix returns s without suffix, and whether s ended with it (s
// unchanged if not). The result aliases s.
func CutSuffix(s, suffix []byte) (before []byte, found bool) {
	if found = HasSuffix(s, suffix); found {
		s = s[:len(s)-len(suffix)]
	}
	return s, found
}

// TrimPrefix returns s without prefix, or s if it does not start with it.
func TrimPrefix(s, prefix []byte) []byte {
	rest, _ := CutPrefix(s, prefix)
	return rest
}

// TrimSuffix returns s without suffix, or s if it does not end with it.
func TrimSuffix(s, suffix []byte) []byte {
	rest, _ := CutSuffix(s, suffix)
	return rest
}

// cutAt splits s around the separator of length n found at i (i < 0: not
// found, and the result is s, nil, false).
func cutAt(s []byte, i, n int) (before, after []byte, found bool) {
	if i < 0 {
		return s, nil, false
	}
	return s[:i], s[i+n:], true
}

// Cut splits s around the first sep: the bytes before it, the bytes after
// it, and true; or s, nil and false when sep does not occur. The results
// alias s.
func Cut(s, sep []byte) (before, after []byte, found bool) {
	return cutAt(s, Index(s, sep), len(sep))
}

// CutLast is Cut around the last sep instead of the first.
func CutLast(s, sep []byte) (before, after []byte, found bool) {
	return cutAt(s, LastIndex(s, sep), len(sep))
}

// ReplaceAll is Replace(s, old, new, -1).
func ReplaceAll(s, old, new []byte) []byte { return Replace(s, old, new, -1) }

// Split is SplitN(s, sep, -1): all the pieces between the separators.
func Split(s, sep []byte) [][]byte { return SplitN(s, sep, -1) }

// SplitAfter is SplitAfterN(s, sep, -1).
func SplitAfter(s, sep []byte) [][]byte { return SplitAfterN(s, sep, -1) }

// Runes decodes s into its runes (U+FFFD for each invalid byte).
func Runes(s []byte) []rune {
	out := make([]rune, 0, utf8.RuneCount(s))
	for len(s) > 0 {
		r, width := utf8.DecodeRune(s)
		out = append(out, r)
		s = s[width:]
	}
	return out
}

// runeWhere returns the byte offset of the first rune of s for which f
// reports want, or -1. Invalid bytes are passed to f as U+FFFD.
func runeWhere(s []byte, f func(rune) bool, want bool) int {
	for at := 0; at < len(s); {
		r, width := utf8.DecodeRune(s[at:])
		if f(r) == want {
			return at
		}
		at += width
	}
	return -1
}

// lastRuneWhere is runeWhere scanning from the end, decoding backwards.
func lastRuneWhere(s []byte, f func(rune) bool, want bool) int {
	end := len(s)
	for end > 0 {
		r, width := utf8.DecodeLastRune(s[:end])
		end -= width
		if f(r) == want {
			return end
		}
	}
	return -1
}

// IndexFunc returns the byte offset of the first rune r of s with f(r)
// true, or -1.
func IndexFunc(s []byte, f func(r rune) bool) int { return runeWhere(s, f, true) }

// LastIndexFunc returns the byte offset of the last rune r of s with f(r)
// true, or -1.
func LastIndexFunc(s []byte, f func(r rune) bool) int { return lastRuneWhere(s, f, true) }

// TrimLeftFunc drops the leading runes r of s with f(r) true; it returns
// nil if that leaves nothing.
func TrimLeftFunc(s []byte, f func(r rune) bool) []byte {
	if start := runeWhere(s, f, false); start >= 0 {
		return s[start:]
	}
	return nil
}

// TrimRightFunc drops the trailing runes r of s with f(r) true (leaving
// s[:0] if nothing remains). The rune it keeps last is measured forwards
// from where the backward scan stopped, as in Go.
func TrimRightFunc(s []byte, f func(r rune) bool) []byte {
	last := lastRuneWhere(s, f, false)
	if last < 0 {
		return s[:0]
	}
	_, width := utf8.DecodeRune(s[last:])
	return s[:last+width]
}

// TrimFunc drops the leading, then the trailing, runes r of s with f(r)
// true.
func TrimFunc(s []byte, f func(r rune) bool) []byte {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// FieldsFunc splits s around each run of runes r with f(r) true and
// returns the pieces between them, each with its capacity cut to its
// length (an empty, non-nil slice if there are none). f is called once
// per rune, in order.
func FieldsFunc(s []byte, f func(rune) bool) [][]byte {
	var found [][]byte
	for field := range FieldsFuncSeq(s, f) {
		found = append(found, field)
	}
	return append(make([][]byte, 0, len(found)), found...)
}

// Map returns a new slice holding s with every rune replaced by mapping's
// result for it; runes mapped to a negative value are dropped. An invalid
// byte is passed as U+FFFD.
func Map(mapping func(r rune) rune, s []byte) []byte {
	out := make([]byte, 0, len(s))
	for len(s) > 0 {
		r, width := utf8.DecodeRune(s)
		s = s[width:]
		if m := mapping(r); m >= 0 {
			out = utf8.AppendRune(out, m)
		}
	}
	return out
}

// ToUpperSpecial maps s to upper case with c's special rules first.
func ToUpperSpecial(c unicode.SpecialCase, s []byte) []byte { return Map(c.ToUpper, s) }

// ToLowerSpecial maps s to lower case with c's special rules first.
func ToLowerSpecial(c unicode.SpecialCase, s []byte) []byte { return Map(c.ToLower, s) }

// ToTitleSpecial maps s to title case with c's special rules first.
func ToTitleSpecial(c unicode.SpecialCase, s []byte) []byte { return Map(c.ToTitle, s) }

// ToValidUTF8 returns a new slice holding s with each run of bytes that
// are not valid UTF-8 replaced by one copy of replacement.
func ToValidUTF8(s, replacement []byte) []byte {
	out := make([]byte, 0, len(s)+len(replacement))
	inRun := false
	for i := 0; i < len(s); {
		r, width := utf8.DecodeRune(s[i:])
		bad := r == utf8.RuneError && width == 1
		switch {
		case !bad:
			out = append(out, s[i:i+width]...)
		case !inRun:
			out = append(out, replacement...)
		}
		inRun = bad
		i += width
	}
	return out
}

// wordBreak reports whether r ends a word for Title: ASCII letters, digits
// and '_' do not, other ASCII does; beyond ASCII, letters and digits do
// not and spaces do.
func wordBreak(r rune) bool {
	if r < utf8.RuneSelf {
		word := 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '_'
		return !word
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return false
	}
	return unicode.IsSpace(r)
}

// Title returns a copy of s with the first letter of each word mapped to
// title case.
//
// Deprecated: its idea of a word boundary ignores Unicode punctuation.
func Title(s []byte) []byte {
	atStart := true
	return Map(func(r rune) rune {
		first := atStart
		atStart = wordBreak(r)
		if first {
			return unicode.ToTitle(r)
		}
		return r
	}, s)
}

// The iterators below advance through the slice they captured, as Go's
// do; ranging over the same iterator again resumes where the previous
// loop left that slice. Every slice they yield has its capacity cut to
// its length.

// clip returns b with its capacity cut to its length.
func clip(b []byte) []byte { return b[:len(b):len(b)] }

// Lines returns an iterator over the lines of s, each with its "\n"; a
// last line without one is yielded too.
func Lines(s []byte) iter.Seq[[]byte] {
	return func(yield func([]byte) bool) {
		for len(s) > 0 {
			n := IndexByte(s, '\n') + 1
			if n == 0 {
				n = len(s)
			}
			line := clip(s[:n])
			s = s[n:]
			if !yield(line) {
				return
			}
		}
	}
}

// SplitSeq returns an iterator over the pieces of s between instances of
// sep, as Split returns them.
func SplitSeq(s, sep []byte) iter.Seq[[]byte] { return pieces(s, sep, false) }

// SplitAfterSeq returns an iterator over the pieces of s, each followed by
// its sep, as SplitAfter returns them.
func SplitAfterSeq(s, sep []byte) iter.Seq[[]byte] { return pieces(s, sep, true) }

// pieces implements SplitSeq and SplitAfterSeq. An empty sep splits s
// into its UTF-8 sequences.
func pieces(s, sep []byte, keepSep bool) iter.Seq[[]byte] {
	if len(sep) == 0 {
		return func(yield func([]byte) bool) {
			for len(s) > 0 {
				_, n := utf8.DecodeRune(s)
				if !yield(clip(s[:n])) {
					return
				}
				s = s[n:]
			}
		}
	}
	return func(yield func([]byte) bool) {
		for i := Index(s, sep); i >= 0; i = Index(s, sep) {
			end := i
			if keepSep {
				end += len(sep)
			}
			if !yield(clip(s[:end])) {
				return
			}
			s = s[i+len(sep):]
		}
		yield(clip(s))
	}
}

// FieldsSeq returns an iterator over the fields of s, as Fields finds
// them (around runs of white space).
func FieldsSeq(s []byte) iter.Seq[[]byte] { return FieldsFuncSeq(s, unicode.IsSpace) }

// FieldsFuncSeq returns an iterator over the fields of s, as FieldsFunc
// finds them.
func FieldsFuncSeq(s []byte, f func(rune) bool) iter.Seq[[]byte] {
	return func(yield func([]byte) bool) {
		start := -1 // offset of the field being scanned, or -1
		for i := 0; i < len(s); {
			r, width := utf8.DecodeRune(s[i:])
			switch {
			case !f(r):
				if start < 0 {
					start = i
				}
			case start >= 0:
				if !yield(clip(s[start:i])) {
					return
				}
				start = -1
			}
			i += width
		}
		if start >= 0 {
			yield(clip(s[start:]))
		}
	}
}
