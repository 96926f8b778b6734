// Package path (golite, path): lexical operations on slash-separated
// paths such as URL paths, in Go. Nothing here touches the file system.
package path

import (
	"errors"
	"internal/glob"
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
// error is ErrBadPattern, for a malformed pattern (checked in full).
func Match(pattern, name string) (matched bool, err error) {
	m, bad := glob.Match(pattern, name, true)
	if bad {
		return false, ErrBadPattern
	}
	return m, nil
}
