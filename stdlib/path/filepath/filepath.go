// Package filepath (golite, path/filepath): file name manipulation for
// the host's paths (Unix: '/' separated, no volume names), in Go, over
// package path for the lexical part and package os for Walk and Glob.
package filepath

import (
	"errors"
	"internal/glob"
	"io/fs"
	"os"
	pathpkg "path"
	"sort"
	"strings"
)

const (
	// Separator is the OS's path separator.
	Separator = os.PathSeparator
	// ListSeparator separates the entries of a path list such as $PATH.
	ListSeparator = os.PathListSeparator
)

// ErrBadPattern is returned by Match and Glob for a malformed pattern.
var ErrBadPattern = errors.New("syntax error in pattern")

// SkipDir, returned by a walk function, skips the directory it was called
// for (or the rest of the directory containing the file).
var SkipDir error = fs.SkipDir

// SkipAll, returned by a walk function, ends the walk without an error.
var SkipAll error = fs.SkipAll

// Clean returns the shortest lexically equivalent path (see path.Clean).
func Clean(path string) string { return pathpkg.Clean(path) }

// Split cuts path after its last separator: dir+file == path.
func Split(path string) (dir, file string) {
	i := strings.LastIndex(path, "/")
	return path[:i+1], path[i+1:]
}

// Join joins the non-empty elements with separators and cleans the result;
// it returns "" when all elements are empty.
func Join(elem ...string) string { return pathpkg.Join(elem...) }

// Ext returns the suffix of path's last element from its final dot.
func Ext(path string) string {
	for i := len(path) - 1; i >= 0 && path[i] != '/'; i-- {
		if path[i] == '.' {
			return path[i:]
		}
	}
	return ""
}

// Base returns the last element of path, ignoring trailing separators;
// "." for an empty path and "/" for one of only separators.
func Base(path string) string { return pathpkg.Base(path) }

// Dir returns all but the last element of path, cleaned.
func Dir(path string) string { return pathpkg.Dir(path) }

// IsAbs reports whether path is absolute.
func IsAbs(path string) bool { return strings.HasPrefix(path, "/") }

// IsLocal reports whether path is non-empty, relative, and stays inside
// the directory it is evaluated in (no leading ".." after cleaning).
func IsLocal(path string) bool {
	if path == "" || IsAbs(path) {
		return false
	}
	c := Clean(path)
	return c != ".." && !strings.HasPrefix(c, "../")
}

// Localize turns a slash-separated, valid fs path into an OS path.
func Localize(path string) (string, error) {
	if !fs.ValidPath(path) || strings.IndexByte(path, 0) >= 0 {
		return "", errors.New("invalid path")
	}
	return path, nil
}

// ToSlash returns path with each separator replaced by '/'.
func ToSlash(path string) string { return path }

// FromSlash returns path with each '/' replaced by the separator.
func FromSlash(path string) string { return path }

// SplitList splits a list of paths joined by ListSeparator; an empty
// string gives an empty slice.
func SplitList(path string) []string {
	if path == "" {
		return []string{}
	}
	return strings.Split(path, string(ListSeparator))
}

// VolumeName returns the leading volume name: always "" on Unix.
func VolumeName(path string) string { return "" }

// Abs returns an absolute form of path, joined to the working directory
// when it is relative, and cleaned.
func Abs(path string) (string, error) {
	if IsAbs(path) {
		return Clean(path), nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	return Join(wd, path), nil
}

// elements returns the elements of a cleaned path without its root slash.
func elements(p string) []string {
	p = strings.TrimPrefix(p, "/")
	if p == "" || p == "." {
		return nil
	}
	return strings.Split(p, "/")
}

// Rel returns a relative path rel such that Join(basePath, rel) is
// lexically targPath, or an error when there is none (one path absolute
// and the other not, or ".." elements in basePath left over).
func Rel(basePath, targPath string) (string, error) {
	base := Clean(basePath)
	targ := Clean(targPath)
	if base == targ {
		return ".", nil
	}
	if IsAbs(base) != IsAbs(targ) {
		return "", errors.New("Rel: can't make " + targPath + " relative to " + basePath)
	}
	be := elements(base)
	te := elements(targ)
	n := 0
	for n < len(be) && n < len(te) && be[n] == te[n] {
		n++
	}
	var out []string
	for _, e := range be[n:] {
		if e == ".." {
			return "", errors.New("Rel: can't make " + targPath + " relative to " + basePath)
		}
		out = append(out, "..")
	}
	out = append(out, te[n:]...)
	return strings.Join(out, "/"), nil
}

// Match reports whether name matches the shell pattern (the syntax of
// path.Match). Only the parts of the pattern that matching reached are
// checked for syntax errors.
func Match(pattern, name string) (matched bool, err error) {
	m, bad := glob.Match(pattern, name, false)
	if bad {
		return false, ErrBadPattern
	}
	return m, nil
}

// HasPrefix reports whether p begins with prefix (a plain string test,
// kept for compatibility).
func HasPrefix(p, prefix string) bool { return strings.HasPrefix(p, prefix) }

// WalkFunc is called by Walk for each file and directory; see Walk.
type WalkFunc func(path string, info fs.FileInfo, err error) error

// Walk visits the tree rooted at root in lexical order, calling fn for
// each file or directory with its Lstat information. Symbolic links are
// not followed. fn may return SkipDir or SkipAll; any other error ends
// the walk and is returned.
func Walk(root string, fn WalkFunc) error {
	info, err := os.Lstat(root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walkInfo(root, info, fn)
	}
	if err == SkipDir || err == SkipAll {
		return nil
	}
	return err
}

func walkInfo(p string, info fs.FileInfo, fn WalkFunc) error {
	if !info.IsDir() {
		return fn(p, info, nil)
	}
	entries, rerr := os.ReadDir(p)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	sort.Strings(names)
	if err := fn(p, info, rerr); rerr != nil || err != nil {
		return err
	}
	for _, name := range names {
		child := Join(p, name)
		ci, err := os.Lstat(child)
		if err != nil {
			if err := fn(child, ci, err); err != nil && err != SkipDir {
				return err
			}
			continue
		}
		if err := walkInfo(child, ci, fn); err != nil {
			if !ci.IsDir() || err != SkipDir {
				return err
			}
		}
	}
	return nil
}

// WalkDir visits the tree rooted at root in lexical order, calling fn
// for each file or directory with its directory entry. It reads each
// directory whole before visiting it; see fs.WalkDirFunc for fn's
// contract.
func WalkDir(root string, fn fs.WalkDirFunc) error {
	info, err := os.Lstat(root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walkEntry(root, fs.FileInfoToDirEntry(info), fn)
	}
	if err == SkipDir || err == SkipAll {
		return nil
	}
	return err
}

func walkEntry(p string, d fs.DirEntry, fn fs.WalkDirFunc) error {
	if err := fn(p, d, nil); err != nil || !d.IsDir() {
		if err == SkipDir && d.IsDir() {
			return nil
		}
		return err
	}
	entries, err := os.ReadDir(p)
	if err != nil {
		if err = fn(p, d, err); err != nil {
			if err == SkipDir && d.IsDir() {
				return nil
			}
			return err
		}
	}
	for _, e := range entries {
		if err := walkEntry(Join(p, e.Name()), e, fn); err != nil {
			if err == SkipDir {
				break
			}
			return err
		}
	}
	return nil
}

// hasMeta reports whether p holds any of the pattern characters *?[\.
func hasMeta(p string) bool { return strings.ContainsAny(p, `*?[\`) }

// Glob returns the names of all files matching pattern, or nil when there
// are none. The only error is ErrBadPattern; I/O errors are ignored.
func Glob(pattern string) (matches []string, err error) {
	if _, err := Match(pattern, ""); err != nil {
		return nil, err
	}
	return globAll(pattern, 0)
}

func globAll(pattern string, depth int) ([]string, error) {
	if depth > 10000 {
		return nil, ErrBadPattern
	}
	if !hasMeta(pattern) {
		if _, err := os.Lstat(pattern); err != nil {
			return nil, nil
		}
		return []string{pattern}, nil
	}
	dir, file := Split(pattern)
	switch dir {
	case "":
		dir = "."
	case "/":
	default:
		dir = dir[:len(dir)-1]
	}
	if !hasMeta(dir) {
		return globIn(dir, file, nil)
	}
	if dir == pattern {
		return nil, ErrBadPattern
	}
	dirs, err := globAll(dir, depth+1)
	if err != nil {
		return nil, err
	}
	var matches []string
	for _, d := range dirs {
		matches, err = globIn(d, file, matches)
		if err != nil {
			return matches, err
		}
	}
	return matches, nil
}

// globIn appends to matches the entries of dir whose names match pattern.
func globIn(dir, pattern string, matches []string) ([]string, error) {
	info, err := os.Stat(dir)
	if err != nil || !info.IsDir() {
		return matches, nil
	}
	entries, _ := os.ReadDir(dir)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	sort.Strings(names)
	for _, n := range names {
		ok, err := Match(pattern, n)
		if err != nil {
			return matches, err
		}
		if ok {
			matches = append(matches, Join(dir, n))
		}
	}
	return matches, nil
}
