// Package path (golite, path): lexical operations on slash-separated
// paths such as URL paths, in Go. Nothing here touches the file system.
package path

import (
	"errors"
	"strings"
)

// ErrBadPattern is returned by Match for a malformed pattern.
var ErrBadPattern = errors.New("syntax error in pattern")

// Clean returns the shortest path equivalent to path by lexical
// processing: repeated slashes become one, "." elements go away, each
// ".." removes the element before it, and ".." at the start of a rooted
// path is dropped. An empty result becomes ".".
func Clean(path string) string {
	if path == "" {
		return "."
	}
	rooted := path[0] == '/'
	parts := strings.Split(path, "/")
	var kept []string
	for _, p := range parts {
		switch {
		case p == "" || p == ".":
		case p == "..":
			if len(kept) > 0 && kept[len(kept)-1] != ".." {
				kept = kept[:len(kept)-1]
			} else if !rooted {
				kept = append(kept, "..")
			}
		default:
			kept = append(kept, p)
		}
	}
	out := strings.Join(kept, "/")
	if rooted {
		return "/" + out
	}
	if out == "" {
		return "."
	}
	return out
}

// Split cuts path after its last slash into a directory and a file name.
// Without a slash, dir is empty. dir+file == path.
func Split(path string) (dir, file string) {
	i := strings.LastIndex(path, "/")
	return path[:i+1], path[i+1:]
}

// Join joins the non-empty elements with slashes and cleans the result.
// It returns "" when every element is empty.
func Join(elem ...string) string {
	var nonEmpty []string
	for _, e := range elem {
		if e != "" {
			nonEmpty = append(nonEmpty, e)
		}
	}
	if len(nonEmpty) == 0 {
		return ""
	}
	return Clean(strings.Join(nonEmpty, "/"))
}

// Ext returns the extension of the last element of path: the suffix from
// its final dot on, or "" when that element has no dot.
func Ext(path string) string {
	for i := len(path) - 1; i >= 0 && path[i] != '/'; i-- {
		if path[i] == '.' {
			return path[i:]
		}
	}
	return ""
}

// Base returns the last element of path, ignoring trailing slashes. It
// returns "." for an empty path and "/" for a path of only slashes.
func Base(path string) string {
	if path == "" {
		return "."
	}
	for len(path) > 0 && path[len(path)-1] == '/' {
		path = path[:len(path)-1]
	}
	if path == "" {
		return "/"
	}
	if i := strings.LastIndex(path, "/"); i >= 0 {
		path = path[i+1:]
	}
	return path
}

// IsAbs reports whether path starts with a slash.
func IsAbs(path string) bool {
	return len(path) > 0 && path[0] == '/'
}

// Dir returns everything but the last element of path, cleaned. It
// returns "." when path has no slash.
func Dir(path string) string {
	dir, _ := Split(path)
	return Clean(dir)
}

// Match reports whether name as a whole matches the shell pattern:
// '*' matches any run of non-slash characters, '?' one non-slash
// character, '[...]' a class of characters (with ranges 'a-z' and a
// leading '^' for negation), and '\\' quotes the next character. The only
// error is ErrBadPattern, for a malformed pattern.
func Match(pattern, name string) (matched bool, err error) {
	if !validPattern(pattern) {
		return false, ErrBadPattern
	}
	return globMatch(pattern, name, '/'), nil
}

// validPattern reports whether every class and escape of a pattern is
// complete.
func validPattern(p string) bool {
	i := 0
	for i < len(p) {
		switch p[i] {
		case '\\':
			if i+1 >= len(p) {
				return false
			}
			i += 2
		case '[':
			_, _, next, ok := matchClass(p, i, 0)
			if !ok {
				return false
			}
			i = next
		default:
			i++
		}
	}
	return true
}

// decodeRune returns the rune at s[i] and its width (1 for a bad byte).
func decodeRune(s string, i int) (rune, int) {
	for _, r := range s[i:] {
		n := len(string(r))
		if r == 0xFFFD && !strings.HasPrefix(s[i:], "\uFFFD") {
			n = 1
		}
		return r, n
	}
	return 0, 0
}

// classChar reads one character of a class at p[i] (possibly escaped).
func classChar(p string, i int) (r rune, next int, ok bool) {
	if i >= len(p) || p[i] == '-' || p[i] == ']' {
		return 0, i, false
	}
	if p[i] == '\\' {
		i++
		if i >= len(p) {
			return 0, i, false
		}
	}
	r, n := decodeRune(p, i)
	return r, i + n, true
}

// matchClass parses the class starting at p[start] == '[' and tests c
// against it. It returns whether c is in the class (after negation), the
// index after the closing ']' and whether the class is well formed.
func matchClass(p string, start int, c rune) (in bool, negated bool, next int, ok bool) {
	i := start + 1
	if i < len(p) && p[i] == '^' {
		negated = true
		i++
	}
	ranges := 0
	for {
		if i < len(p) && p[i] == ']' && ranges > 0 {
			i++
			break
		}
		lo, j, good := classChar(p, i)
		if !good {
			return false, negated, i, false
		}
		hi := lo
		i = j
		if i < len(p) && p[i] == '-' {
			hi, j, good = classChar(p, i+1)
			if !good {
				return false, negated, i, false
			}
			i = j
		}
		if lo <= c && c <= hi {
			in = true
		}
		ranges++
	}
	return in != negated, negated, i, true
}

// globMatch matches a valid pattern against all of name; sep is the
// character that wildcards never match.
func globMatch(p, name string, sep byte) bool {
	// Backtracking only to the most recent star keeps this linear in
	// practice and is exact, since a star never crosses sep.
	pi, ni := 0, 0
	starP, starN := -1, -1
	for {
		if pi < len(p) {
			switch p[pi] {
			case '*':
				starP = pi
				starN = ni
				pi++
				continue
			case '?':
				if ni < len(name) && name[ni] != sep {
					_, n := decodeRune(name, ni)
					pi++
					ni += n
					continue
				}
			case '[':
				if ni < len(name) && name[ni] != sep {
					c, n := decodeRune(name, ni)
					in, _, next, _ := matchClass(p, pi, c)
					if in {
						pi = next
						ni += n
						continue
					}
				}
			case '\\':
				if ni < len(name) && name[ni] == p[pi+1] {
					pi += 2
					ni++
					continue
				}
			default:
				if ni < len(name) && name[ni] == p[pi] {
					pi++
					ni++
					continue
				}
			}
		} else if ni == len(name) {
			return true
		}
		// Mismatch: let the last star swallow one more character.
		if starP >= 0 && starN < len(name) && name[starN] != sep {
			_, n := decodeRune(name, starN)
			starN += n
			pi = starP + 1
			ni = starN
			continue
		}
		return false
	}
}
