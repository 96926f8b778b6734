// Package glob (golite, internal): the shell pattern matching shared by
// path.Match and path/filepath.Match, for '/'-separated names.
package glob

import (
	"strings"
	"unicode/utf8"
)

// Match reports whether all of name matches pattern, and whether the
// pattern turned out malformed. The pattern is matched one chunk (a run
// of stars and the text up to the next star) at a time, each chunk at
// the first place it fits. Only the chunks tried are checked for syntax,
// unless checkAll is set: then a failed match still checks the rest.
func Match(pattern, name string, checkAll bool) (matched, bad bool) {
outer:
	for len(pattern) > 0 {
		var star bool
		var chunk string
		star, chunk, pattern = nextChunk(pattern)
		if star && chunk == "" {
			// A trailing star takes the rest unless it holds a '/'.
			return !strings.Contains(name, "/"), false
		}
		rest, ok, bad := matchChunk(chunk, name)
		if ok && (rest == "" || pattern != "") {
			name = rest
			continue
		}
		if bad {
			return false, true
		}
		if star {
			// Let the star swallow more of the name, never a '/'.
			for i := 0; i < len(name) && name[i] != '/'; i++ {
				rest, ok, bad := matchChunk(chunk, name[i+1:])
				if ok {
					if pattern == "" && rest != "" {
						continue
					}
					name = rest
					continue outer
				}
				if bad {
					return false, true
				}
			}
		}
		if checkAll {
			for len(pattern) > 0 {
				_, chunk, pattern = nextChunk(pattern)
				if _, _, bad := matchChunk(chunk, ""); bad {
					return false, true
				}
			}
		}
		return false, false
	}
	return name == "", false
}

// nextChunk splits off the leading stars and the text up to the next
// star outside a class.
func nextChunk(p string) (star bool, chunk, rest string) {
	for len(p) > 0 && p[0] == '*' {
		p = p[1:]
		star = true
	}
	inClass := false
	i := 0
	for ; i < len(p); i++ {
		switch p[i] {
		case '\\':
			if i+1 < len(p) {
				i++
			}
		case '[':
			inClass = true
		case ']':
			inClass = false
		case '*':
			if !inClass {
				return star, p[:i], p[i:]
			}
		}
	}
	return star, p, ""
}

// matchChunk matches chunk (no stars) against the start of s and returns
// the rest of s. Once the match has failed it keeps reading the chunk so
// that syntax errors are still reported.
func matchChunk(chunk, s string) (rest string, ok, bad bool) {
	failed := false
	for len(chunk) > 0 {
		if !failed && s == "" {
			failed = true
		}
		switch chunk[0] {
		case '[':
			var r rune
			if !failed {
				var n int
				r, n = utf8.DecodeRuneInString(s)
				s = s[n:]
			}
			chunk = chunk[1:]
			negated := false
			if len(chunk) > 0 && chunk[0] == '^' {
				negated = true
				chunk = chunk[1:]
			}
			in := false
			ranges := 0
			for {
				if len(chunk) > 0 && chunk[0] == ']' && ranges > 0 {
					chunk = chunk[1:]
					break
				}
				var lo, hi rune
				var good bool
				if lo, chunk, good = classChar(chunk); !good {
					return "", false, true
				}
				hi = lo
				if len(chunk) > 0 && chunk[0] == '-' {
					if hi, chunk, good = classChar(chunk[1:]); !good {
						return "", false, true
					}
				}
				if lo <= r && r <= hi {
					in = true
				}
				ranges++
			}
			if in == negated {
				failed = true
			}
		case '?':
			if !failed {
				if s[0] == '/' {
					failed = true
				}
				_, n := utf8.DecodeRuneInString(s)
				s = s[n:]
			}
			chunk = chunk[1:]
		case '\\':
			chunk = chunk[1:]
			if chunk == "" {
				return "", false, true
			}
			if !failed {
				if chunk[0] != s[0] {
					failed = true
				}
				s = s[1:]
			}
			chunk = chunk[1:]
		default:
			if !failed {
				if chunk[0] != s[0] {
					failed = true
				}
				s = s[1:]
			}
			chunk = chunk[1:]
		}
	}
	if failed {
		return "", false, false
	}
	return s, true, false
}

// classChar reads one (possibly escaped) character of a class.
func classChar(chunk string) (r rune, rest string, ok bool) {
	if chunk == "" || chunk[0] == '-' || chunk[0] == ']' {
		return 0, chunk, false
	}
	if chunk[0] == '\\' {
		chunk = chunk[1:]
		if chunk == "" {
			return 0, chunk, false
		}
	}
	r, n := utf8.DecodeRuneInString(chunk)
	if r == utf8.RuneError && n == 1 {
		return 0, chunk, false
	}
	return r, chunk[n:], true
}
