// Package os (golite): temporary files and directories, and DirFS.
package os

import (
	"errors"
	"io/fs"
	"time"
)

var errSlashInPattern = errors.New("pattern contains path separator")

// tempSeed is the state of the generator of temporary names.
var tempSeed uint64

// randomDigits returns the decimal digits of a pseudo-random uint32 (an
// xorshift generator seeded from the clock and the process id).
func randomDigits() string {
	if tempSeed == 0 {
		tempSeed = uint64(time.Now().UnixNano()) ^ uint64(Getpid())<<32 | 1
	}
	tempSeed ^= tempSeed << 13
	tempSeed ^= tempSeed >> 7
	tempSeed ^= tempSeed << 17
	var digits [10]byte
	at := len(digits)
	for v := uint32(tempSeed); ; v /= 10 {
		at--
		digits[at] = '0' + byte(v%10)
		if v < 10 {
			break
		}
	}
	return string(digits[at:])
}

// tempParts splits a temporary-name pattern around its last '*' (the
// random part goes there, or at the end) and puts dir in front of the
// first part. The pattern may not hold a path separator.
//
// CreateTemp and MkdirTemp replace an empty dir by TempDir() first.
func tempParts(dir, pattern string) (head, tail string, err error) {
	star := -1
	for k := 0; k < len(pattern); k++ {
		switch {
		case IsPathSeparator(pattern[k]):
			return "", "", errSlashInPattern
		case pattern[k] == '*':
			star = k
		}
	}
	head = pattern
	if star >= 0 {
		head, tail = pattern[:star], pattern[star+1:]
	}
	if n := len(dir); n == 0 || !IsPathSeparator(dir[n-1]) {
		dir += string(PathSeparator)
	}
	return dir + head, tail, nil
}

// maxTempTries is how many names CreateTemp and MkdirTemp try before
// giving up.
const maxTempTries = 10000

// CreateTemp creates and opens (for reading and writing, mode 0o600) a new
// file in dir (TempDir() if empty) named by pattern with a random string
// in place of its last '*', or at its end.
func CreateTemp(dir, pattern string) (*File, error) {
	if dir == "" {
		dir = TempDir()
	}
	head, tail, err := tempParts(dir, pattern)
	if err != nil {
		return nil, &PathError{Op: "createtemp", Path: pattern, Err: err}
	}
	for tries := 1; ; tries++ {
		f, err := OpenFile(head+randomDigits()+tail, O_RDWR|O_CREATE|O_EXCL, 0o600)
		if !IsExist(err) {
			return f, err
		}
		if tries == maxTempTries {
			return nil, &PathError{Op: "createtemp", Path: head + "*" + tail, Err: ErrExist}
		}
	}
}

// MkdirTemp creates a new directory (mode 0o700) named as CreateTemp
// names files and returns its path.
func MkdirTemp(dir, pattern string) (string, error) {
	if dir == "" {
		dir = TempDir()
	}
	head, tail, err := tempParts(dir, pattern)
	if err != nil {
		return "", &PathError{Op: "mkdirtemp", Path: pattern, Err: err}
	}
	for tries := 1; ; tries++ {
		name := head + randomDigits() + tail
		err := Mkdir(name, 0o700)
		switch {
		case err == nil:
			return name, nil
		case !IsExist(err):
			if IsNotExist(err) {
				// Report a missing dir as such.
				if _, serr := Stat(dir); IsNotExist(serr) {
					return "", serr
				}
			}
			return "", err
		case tries == maxTempTries:
			// (Go names the directory twice here.)
			return "", &PathError{Op: "mkdirtemp", Path: dir + string(PathSeparator) + head + "*" + tail, Err: ErrExist}
		}
	}
}

// DirFS returns the file system (fs.FS) of the tree rooted at the
// directory dir.
func DirFS(dir string) fs.FS { return dirFS(dir) }

type dirFS string

// resolve turns a slash-separated fs path into a path below the root.
func (dir dirFS) resolve(name string) (string, error) {
	switch {
	case dir == "":
		return "", errors.New("os: DirFS with empty root")
	case !fs.ValidPath(name) || indexOf(name, 0) >= 0:
		return "", ErrInvalid
	}
	root := string(dir)
	if !IsPathSeparator(root[len(root)-1]) {
		root += string(PathSeparator)
	}
	return root + name, nil
}

// do runs op on the resolved name; errors name the fs path, not the
// resolved one.
func (dir dirFS) do(op, name string, run func(full string) error) error {
	full, err := dir.resolve(name)
	if err != nil {
		return &PathError{Op: op, Path: name, Err: err}
	}
	err = run(full)
	if pe, ok := err.(*PathError); ok {
		pe.Path = name
	}
	return err
}

func (dir dirFS) Open(name string) (fs.File, error) {
	var f *File
	err := dir.do("open", name, func(full string) (err error) {
		f, err = Open(full)
		return err
	})
	if err != nil {
		return nil, err
	}
	return f, nil
}

func (dir dirFS) ReadFile(name string) ([]byte, error) {
	var data []byte
	err := dir.do("readfile", name, func(full string) (err error) {
		data, err = ReadFile(full)
		return err
	})
	if err != nil {
		return nil, err
	}
	return data, nil
}

func (dir dirFS) ReadDir(name string) ([]DirEntry, error) {
	var entries []DirEntry
	err := dir.do("readdir", name, func(full string) (err error) {
		entries, err = ReadDir(full)
		return err
	})
	if err != nil {
		return nil, err
	}
	return entries, nil
}

func (dir dirFS) Stat(name string) (fs.FileInfo, error) {
	var info FileInfo
	err := dir.do("stat", name, func(full string) (err error) {
		info, err = Stat(full)
		return err
	})
	if err != nil {
		return nil, err
	}
	return info, nil
}
