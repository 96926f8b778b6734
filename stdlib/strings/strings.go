// Package strings (golite): string functions. Searching, splitting,
// joining, case mapping and trimming primitives are natives with Go's
// exact semantics; the functions taking callbacks and the thin wrappers
// are Go. Builder, Reader and Replacer are in their own files.
package strings

import (
	"iter"
	"unicode"
	"unicode/utf8"
)

// Natives.

// Index returns the byte offset in s where substr first occurs, or -1
// (0 for an empty substr).
func Index(s, substr string) int

// IndexByte returns the offset of the first byte of s equal to c, or -1.
func IndexByte(s string, c byte) int

// IndexRune returns the byte offset of the first encoding of r in s, or
// -1. For r == utf8.RuneError it also stops at the first invalid UTF-8
// sequence; a rune that is not valid Unicode is never found.
func IndexRune(s string, r rune) int

// IndexAny returns the byte offset of the first rune of s that also
// appears in chars, or -1.
func IndexAny(s, chars string) int

// LastIndex returns the byte offset in s where substr last occurs, or -1
// (len(s) for an empty substr).
func LastIndex(s, substr string) int

// LastIndexByte returns the offset of the last byte of s equal to c, or
// -1.
func LastIndexByte(s string, c byte) int

// LastIndexAny returns the byte offset of the last rune of s that also
// appears in chars, or -1.
func LastIndexAny(s, chars string) int

// Count returns how many times substr occurs in s, counting matches left
// to right without overlap; for an empty substr it returns one more than
// the number of runes in s.
func Count(s, substr string) int

// EqualFold compares s and t rune by rune under Unicode simple case
// folding (so "Go" and "GO" match, as do 'K' and the Kelvin sign).
func EqualFold(s, t string) bool

// Repeat returns s written count times in a row. Native: it
// panics with "strings: negative Repeat count" if count is negative and
// "strings: Repeat output length overflow" if the length overflows.
func Repeat(s string, count int) string

// Replace returns s with old replaced by new at its first n matches
// (found left to right without overlap), or at every match if n < 0. An
// empty old matches before each rune and at the end.
func Replace(s, old, new string, n int) string

// ToUpper maps every rune of s to upper case (invalid UTF-8 bytes become
// U+FFFD only where a mapping applies, as Go).
func ToUpper(s string) string

// ToLower maps every rune of s to lower case.
func ToLower(s string) string

// ToTitle maps every rune of s to title case.
func ToTitle(s string) string

// TrimSpace drops the Unicode white space (unicode.IsSpace) at both ends
// of s.
func TrimSpace(s string) string

// Trim drops from both ends of s every rune that appears in cutset.
func Trim(s, cutset string) string

// TrimLeft drops from the start of s every rune that appears in cutset.
func TrimLeft(s, cutset string) string

// TrimRight drops from the end of s every rune that appears in cutset.
func TrimRight(s, cutset string) string

// Fields returns the words of s: its maximal runs of runes that are not
// white space (unicode.IsSpace). The result is empty but not nil when s
// has no word.
func Fields(s string) []string

// SplitN cuts s at each sep: n > 0 gives at most n parts (the last being
// the unsplit remainder), n == 0 gives nil and n < 0 all parts. An empty
// sep splits after each UTF-8 sequence.
func SplitN(s, sep string, n int) []string

// SplitAfterN is like SplitN but keeps sep at the end of each part.
func SplitAfterN(s, sep string, n int) []string

// Join returns the elements of elems with sep between each two of them.
func Join(elems []string, sep string) string

// Go on top of the natives.

// Clone returns s: strings are immutable, so a copy is never needed.
func Clone(s string) string { return s }

// Compare returns -1, 0 or +1 as a sorts before, equal to or after b
// (byte-wise); the operators < == > do the same.
func Compare(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return +1
	}
	return 0
}

// Contains, ContainsAny, ContainsRune and ContainsFunc report whether
// Index, IndexAny, IndexRune or IndexFunc would find something.

func Contains(s, substr string) bool                { return Index(s, substr) != -1 }
func ContainsAny(s, chars string) bool              { return IndexAny(s, chars) != -1 }
func ContainsRune(s string, r rune) bool            { return IndexRune(s, r) != -1 }
func ContainsFunc(s string, f func(rune) bool) bool { return IndexFunc(s, f) != -1 }

// HasPrefix reports whether s starts with prefix.
func HasPrefix(s, prefix string) bool {
	n := len(prefix)
	return n <= len(s) && s[:n] == prefix
}

// HasSuffix reports whether s ends with suffix.
func HasSuffix(s, suffix string) bool {
	n := len(s) - len(suffix)
	return n >= 0 && s[n:] == suffix
}

// CutPrefix returns s without prefix, and whether s started with it (s
// unchanged if not).
func CutPrefix(s, prefix string) (after string, found bool) {
	if found = HasPrefix(s, prefix); found {
		s = s[len(prefix):]
	}
	return s, found
}

// CutSuffix returns s without suffix, and whether s ended with it (s
// unchanged if not).
func CutSuffix(s, suffix string) (before string, found bool) {
	if found = HasSuffix(s, suffix); found {
		s = s[:len(s)-len(suffix)]
	}
	return s, found
}

// TrimPrefix returns s without prefix, or s if it does not start with it.
func TrimPrefix(s, prefix string) string {
	rest, _ := CutPrefix(s, prefix)
	return rest
}

// TrimSuffix returns s without suffix, or s if it does not end with it.
func TrimSuffix(s, suffix string) string {
	rest, _ := CutSuffix(s, suffix)
	return rest
}

// cutAt splits s around the separator of length n found at i (i < 0: not
// found, and the result is s, "", false).
func cutAt(s string, i, n int) (before, after string, found bool) {
	if i < 0 {
		return s, "", false
	}
	return s[:i], s[i+n:], true
}

// Cut splits s around the first sep: the text before it, the text after
// it, and true; or s, "" and false when sep does not occur.
func Cut(s, sep string) (before, after string, found bool) {
	return cutAt(s, Index(s, sep), len(sep))
}

// CutLast is Cut around the last sep instead of the first.
func CutLast(s, sep string) (before, after string, found bool) {
	return cutAt(s, LastIndex(s, sep), len(sep))
}

// ReplaceAll is Replace(s, old, new, -1).
func ReplaceAll(s, old, new string) string { return Replace(s, old, new, -1) }

// Split is SplitN(s, sep, -1): all the pieces between the separators.
func Split(s, sep string) []string { return SplitN(s, sep, -1) }

// SplitAfter is SplitAfterN(s, sep, -1).
func SplitAfter(s, sep string) []string { return SplitAfterN(s, sep, -1) }

// runeWhere returns the byte offset of the first rune of s for which f
// reports want, or -1. Invalid bytes are passed to f as U+FFFD.
func runeWhere(s string, f func(rune) bool, want bool) int {
	for at := 0; at < len(s); {
		r, width := utf8.DecodeRuneInString(s[at:])
		if f(r) == want {
			return at
		}
		at += width
	}
	return -1
}

// lastRuneWhere is runeWhere scanning from the end, decoding backwards.
func lastRuneWhere(s string, f func(rune) bool, want bool) int {
	end := len(s)
	for end > 0 {
		r, width := utf8.DecodeLastRuneInString(s[:end])
		end -= width
		if f(r) == want {
			return end
		}
	}
	return -1
}

// IndexFunc returns the byte offset of the first rune r of s with f(r)
// true, or -1.
func IndexFunc(s string, f func(rune) bool) int { return runeWhere(s, f, true) }

// LastIndexFunc returns the byte offset of the last rune r of s with f(r)
// true, or -1.
func LastIndexFunc(s string, f func(rune) bool) int { return lastRuneWhere(s, f, true) }

// TrimLeftFunc drops the leading runes r of s with f(r) true.
func TrimLeftFunc(s string, f func(rune) bool) string {
	if start := runeWhere(s, f, false); start >= 0 {
		return s[start:]
	}
	return ""
}

// TrimRightFunc drops the trailing runes r of s with f(r) true. (The rune
// it keeps last is measured forwards from where the backward scan stopped,
// as in Go.)
func TrimRightFunc(s string, f func(rune) bool) string {
	last := lastRuneWhere(s, f, false)
	if last < 0 {
		return ""
	}
	_, width := utf8.DecodeRuneInString(s[last:])
	return s[:last+width]
}

// TrimFunc drops the leading, then the trailing, runes r of s with f(r)
// true.
func TrimFunc(s string, f func(rune) bool) string {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// FieldsFunc splits s around each run of runes r with f(r) true and
// returns the pieces between them (an empty, non-nil slice if there are
// none). f is called once per rune, in order.
func FieldsFunc(s string, f func(rune) bool) []string {
	var found []string
	for field := range FieldsFuncSeq(s, f) {
		found = append(found, field)
	}
	return append(make([]string, 0, len(found)), found...)
}

// Map returns s with every rune replaced by mapping's result for it;
// runes mapped to a negative value are dropped. If nothing changes, s
// itself is returned. An invalid byte is passed as U+FFFD, and counts as
// changed even if mapped to U+FFFD (it is then written encoded).
func Map(mapping func(rune) rune, s string) string {
	var out []byte // nil until the first change
	for i, c := range s {
		r := mapping(c)
		if out == nil {
			if r == c && (c != utf8.RuneError || isEncodedFFFD(s[i:])) {
				continue
			}
			out = make([]byte, i, len(s)+utf8.UTFMax)
			copy(out, s)
		}
		if r >= 0 {
			out = utf8.AppendRune(out, r)
		}
	}
	if out == nil {
		return s
	}
	return string(out)
}

// isEncodedFFFD reports whether s starts with a real encoding of U+FFFD
// (rather than a byte that is not valid UTF-8).
func isEncodedFFFD(s string) bool {
	_, width := utf8.DecodeRuneInString(s)
	return width > 1
}

// ToUpperSpecial maps s to upper case with c's special rules first.
func ToUpperSpecial(c unicode.SpecialCase, s string) string { return Map(c.ToUpper, s) }

// ToLowerSpecial maps s to lower case with c's special rules first.
func ToLowerSpecial(c unicode.SpecialCase, s string) string { return Map(c.ToLower, s) }

// ToTitleSpecial maps s to title case with c's special rules first.
func ToTitleSpecial(c unicode.SpecialCase, s string) string { return Map(c.ToTitle, s) }

// ToValidUTF8 returns s with each run of bytes that are not valid UTF-8
// replaced by one copy of replacement.
func ToValidUTF8(s, replacement string) string {
	var out []byte
	inRun := false
	for i := 0; i < len(s); {
		r, width := utf8.DecodeRuneInString(s[i:])
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
	return string(out)
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

// Title maps the first letter of each word of s to title case.
//
// Deprecated: its idea of a word boundary ignores Unicode punctuation.
func Title(s string) string {
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

// The iterators below advance through the string they captured, as Go's
// do; ranging over the same iterator again resumes where the previous
// loop left that string.

// Lines returns an iterator over the lines of s, each with its "\n"; a
// last line without one is yielded too.
func Lines(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for s != "" {
			n := IndexByte(s, '\n') + 1
			if n == 0 {
				n = len(s)
			}
			line := s[:n]
			s = s[n:]
			if !yield(line) {
				return
			}
		}
	}
}

// SplitSeq returns an iterator over the pieces of s between instances of
// sep, as Split returns them.
func SplitSeq(s, sep string) iter.Seq[string] { return pieces(s, sep, false) }

// SplitAfterSeq returns an iterator over the pieces of s, each followed by
// its sep, as SplitAfter returns them.
func SplitAfterSeq(s, sep string) iter.Seq[string] { return pieces(s, sep, true) }

// pieces implements SplitSeq and SplitAfterSeq. An empty sep splits s
// into its UTF-8 sequences.
func pieces(s, sep string, keepSep bool) iter.Seq[string] {
	if sep == "" {
		return func(yield func(string) bool) {
			for s != "" {
				_, n := utf8.DecodeRuneInString(s)
				if !yield(s[:n]) {
					return
				}
				s = s[n:]
			}
		}
	}
	return func(yield func(string) bool) {
		for i := Index(s, sep); i >= 0; i = Index(s, sep) {
			end := i
			if keepSep {
				end += len(sep)
			}
			if !yield(s[:end]) {
				return
			}
			s = s[i+len(sep):]
		}
		yield(s)
	}
}

// FieldsSeq returns an iterator over the fields of s, as Fields finds
// them (around runs of white space).
func FieldsSeq(s string) iter.Seq[string] { return FieldsFuncSeq(s, unicode.IsSpace) }

// FieldsFuncSeq returns an iterator over the fields of s, as FieldsFunc
// finds them.
func FieldsFuncSeq(s string, f func(rune) bool) iter.Seq[string] {
	return func(yield func(string) bool) {
		start := -1 // offset of the field being scanned, or -1
		for i, r := range s {
			switch {
			case !f(r):
				if start < 0 {
					start = i
				}
			case start >= 0:
				if !yield(s[start:i]) {
					return
				}
				start = -1
			}
		}
		if start >= 0 {
			yield(s[start:])
		}
	}
}
