// Package fs (golite): the file-system interfaces (FS, File, FileInfo,
// DirEntry, FileMode), PathError, the portable error values and the
// helpers ReadFile, ReadDir, Stat, WalkDir, ValidPath and the formatters,
// all in Go.
package fs

import (
	"errors"
	"internal/oserror"
	"io"
	"slices"
	"time"
	"unicode/utf8"
)

// FS is a read-only tree of named files; Open is all it must offer.
type FS interface {
	// Open returns the file called name (a ValidPath), or an error
	// (a *PathError for a missing or bad name).
	Open(name string) (File, error)
}

// ValidPath reports whether name may be passed to Open: relative,
// '/'-separated, valid UTF-8, with no empty, "." or ".." element (the
// name "." alone is allowed).
func ValidPath(name string) bool {
	if !utf8.ValidString(name) {
		return false
	}
	if name == "." {
		return true
	}
	for {
		i := 0
		for i < len(name) && name[i] != '/' {
			i++
		}
		elem := name[:i]
		if elem == "" || elem == "." || elem == ".." {
			return false
		}
		if i == len(name) {
			return true
		}
		name = name[i+1:]
	}
}

// File is an open file of an FS: Stat, Read and Close.
type File interface {
	Stat() (FileInfo, error)
	Read([]byte) (int, error)
	Close() error
}

// DirEntry describes one entry of a directory listing.
type DirEntry interface {
	// Name is the entry's own name, without its directory.
	Name() string
	// IsDir reports whether the entry is a directory.
	IsDir() bool
	// Type returns the entry's mode type bits (no permission bits).
	Type() FileMode
	// Info returns the entry's full FileInfo.
	Info() (FileInfo, error)
}

// ReadDirFile is a File for a directory, whose entries ReadDir lists.
type ReadDirFile interface {
	File
	ReadDir(n int) ([]DirEntry, error)
}

// Portable error values; file systems' errors match them with errors.Is.
var (
	ErrInvalid    = errInvalid()    // "invalid argument"
	ErrPermission = errPermission() // "permission denied"
	ErrExist      = errExist()      // "file already exists"
	ErrNotExist   = errNotExist()   // "file does not exist"
	ErrClosed     = errClosed()     // "file already closed"
)

func errInvalid() error    { return oserror.ErrInvalid }
func errPermission() error { return oserror.ErrPermission }
func errExist() error      { return oserror.ErrExist }
func errNotExist() error   { return oserror.ErrNotExist }
func errClosed() error     { return oserror.ErrClosed }

// FileInfo describes one file, as Stat returns it.
type FileInfo interface {
	Name() string       // the last element of the file's path
	Size() int64        // bytes in a regular file; meaning varies for other kinds
	Mode() FileMode     // type and permission bits
	ModTime() time.Time // when the contents last changed
	IsDir() bool        // same as Mode().IsDir()
	Sys() any           // system-specific details, possibly nil
}

// FileMode holds a file's type bits and permission bits.
type FileMode uint32

// Type and attribute bits, from the top bit down; the low nine bits are
// the Unix rwxrwxrwx permissions. The letter is the one String shows.
const (
	ModeDir        FileMode = 1 << (32 - 1 - iota) // d: directory
	ModeAppend                                     // a: writes only append
	ModeExclusive                                  // l: one user at a time
	ModeTemporary                                  // T: temporary (Plan 9)
	ModeSymlink                                    // L: symlink
	ModeDevice                                     // D: device
	ModeNamedPipe                                  // p: FIFO
	ModeSocket                                     // S: Unix socket
	ModeSetuid                                     // u: set-user-ID
	ModeSetgid                                     // g: set-group-ID
	ModeCharDevice                                 // c: character device (with ModeDevice)
	ModeSticky                                     // t: sticky bit
	ModeIrregular                                  // ?: not a regular file, of no known kind

	// All type bits; a regular file has none of them.
	ModeType = ModeDir | ModeSymlink | ModeNamedPipe | ModeSocket | ModeDevice | ModeCharDevice | ModeIrregular

	ModePerm FileMode = 0777 // the permission bits
)

func (m FileMode) String() string {
	const str = "dalTLDpSugct?"
	var buf [32]byte // Mode is uint32.
	w := 0
	for i, c := range str {
		if m&(1<<uint(32-1-i)) != 0 {
			buf[w] = byte(c)
			w++
		}
	}
	if w == 0 {
		buf[w] = '-'
		w++
	}
	const rwx = "rwxrwxrwx"
	for i, c := range rwx {
		if m&(1<<uint(9-1-i)) != 0 {
			buf[w] = byte(c)
		} else {
			buf[w] = '-'
		}
		w++
	}
	return string(buf[:w])
}

// IsDir reports whether m has ModeDir.
func (m FileMode) IsDir() bool {
	return m&ModeDir != 0
}

// IsRegular reports whether m has no type bits.
func (m FileMode) IsRegular() bool {
	return m&ModeType == 0
}

// Perm keeps only the permission bits of m.
func (m FileMode) Perm() FileMode {
	return m & ModePerm
}

// Type keeps only the type bits of m.
func (m FileMode) Type() FileMode {
	return m & ModeType
}

// PathError is an error of operation Op on the file Path; Err is the cause.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }

// Timeout reports whether the cause says it is a timeout.
func (e *PathError) Timeout() bool {
	t, ok := e.Err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}

// StatFS is an FS that can describe a file without opening it.
type StatFS interface {
	FS
	Stat(name string) (FileInfo, error)
}

// Stat describes the file name of fsys, through its own Stat when it has
// one, else by opening the file.
func Stat(fsys FS, name string) (FileInfo, error) {
	if fsys, ok := fsys.(StatFS); ok {
		return fsys.Stat(name)
	}
	file, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	return file.Stat()
}

// ReadFileFS is an FS with its own way to read a whole file.
type ReadFileFS interface {
	FS
	ReadFile(name string) ([]byte, error)
}

// ReadFile returns the whole contents of the file name of fsys; reaching
// the end is success (a nil error), not io.EOF.
func ReadFile(fsys FS, name string) ([]byte, error) {
	if fsys, ok := fsys.(ReadFileFS); ok {
		return fsys.ReadFile(name)
	}
	file, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	var size int
	if info, err := file.Stat(); err == nil {
		size64 := info.Size()
		if int64(int(size64)) == size64 {
			size = int(size64)
		}
	}
	data := make([]byte, 0, size+1)
	for {
		if len(data) >= cap(data) {
			d := append(data[:cap(data)], 0)
			data = d[:len(data)]
		}
		n, err := file.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return data, err
		}
	}
}

// ReadDirFS is an FS with its own way to list a directory.
type ReadDirFS interface {
	FS
	ReadDir(name string) ([]DirEntry, error)
}

// ReadDir lists the directory name of fsys, sorted by entry name.
func ReadDir(fsys FS, name string) ([]DirEntry, error) {
	if fsys, ok := fsys.(ReadDirFS); ok {
		return fsys.ReadDir(name)
	}
	file, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	dir, ok := file.(ReadDirFile)
	if !ok {
		return nil, &PathError{Op: "readdir", Path: name, Err: errors.New("not implemented")}
	}
	list, err := dir.ReadDir(-1)
	slices.SortFunc(list, func(a, b DirEntry) int {
		switch an, bn := a.Name(), b.Name(); {
		case an < bn:
			return -1
		case an > bn:
			return +1
		}
		return 0
	})
	return list, err
}

// dirInfo adapts a FileInfo to the DirEntry interface.
type dirInfo struct {
	fileInfo FileInfo
}

func (di dirInfo) IsDir() bool             { return di.fileInfo.IsDir() }
func (di dirInfo) Type() FileMode          { return di.fileInfo.Mode().Type() }
func (di dirInfo) Info() (FileInfo, error) { return di.fileInfo, nil }
func (di dirInfo) Name() string            { return di.fileInfo.Name() }
func (di dirInfo) String() string          { return FormatDirEntry(di) }

// FileInfoToDirEntry wraps info as a DirEntry (nil for a nil info).
func FileInfoToDirEntry(info FileInfo) DirEntry {
	if info == nil {
		return nil
	}
	return dirInfo{fileInfo: info}
}

// FormatFileInfo renders info on one line: mode, size, modification time
// and name (with "/" after a directory), e.g.
// "-rw-r--r-- 42 2024-03-01 09:30:00 notes.txt".
func FormatFileInfo(info FileInfo) string {
	name := info.Name()
	b := make([]byte, 0, 40+len(name))
	b = append(b, info.Mode().String()...)
	b = append(b, ' ')
	size := info.Size()
	var usize uint64
	if size >= 0 {
		usize = uint64(size)
	} else {
		b = append(b, '-')
		usize = uint64(-size)
	}
	var buf [20]byte
	i := len(buf) - 1
	for usize >= 10 {
		q := usize / 10
		buf[i] = byte('0' + usize - q*10)
		i--
		usize = q
	}
	buf[i] = byte('0' + usize)
	b = append(b, buf[i:]...)
	b = append(b, ' ')
	b = append(b, info.ModTime().Format(time.DateTime)...)
	b = append(b, ' ')
	b = append(b, name...)
	if info.IsDir() {
		b = append(b, '/')
	}
	return string(b)
}

// FormatDirEntry renders dir on one line: its type letters and name,
// e.g. "d subdir/" or "- hello.go".
func FormatDirEntry(dir DirEntry) string {
	name := dir.Name()
	b := make([]byte, 0, 5+len(name))
	// Type has no permission bits: drop the "---------" part.
	mode := dir.Type().String()
	mode = mode[:len(mode)-9]
	b = append(b, mode...)
	b = append(b, ' ')
	b = append(b, name...)
	if dir.IsDir() {
		b = append(b, '/')
	}
	return string(b)
}

// SkipDir, returned by a walk function, skips the directory it was called
// for (or, for a file, the rest of its directory).
var SkipDir = errors.New("skip this directory")

// SkipAll, returned by a walk function, ends the walk without an error.
var SkipAll = errors.New("skip everything and stop the walk")

// WalkDirFunc is what WalkDir calls for each file and directory: with
// its path, its entry, and an error when the entry could not be read or
// listed.
type WalkDirFunc func(path string, d DirEntry, err error) error

func walkDir(fsys FS, name string, d DirEntry, walkDirFn WalkDirFunc) error {
	if err := walkDirFn(name, d, nil); err != nil || !d.IsDir() {
		if err == SkipDir && d.IsDir() {
			err = nil
		}
		return err
	}
	dirs, err := ReadDir(fsys, name)
	if err != nil {
		// Report the ReadDir error with a second call.
		err = walkDirFn(name, d, err)
		if err != nil {
			if err == SkipDir && d.IsDir() {
				err = nil
			}
			return err
		}
	}
	for _, d1 := range dirs {
		name1 := joinPath(name, d1.Name())
		if err := walkDir(fsys, name1, d1, walkDirFn); err != nil {
			if err == SkipDir {
				break
			}
			return err
		}
	}
	return nil
}

// joinPath joins a directory and an entry name with a slash.
func joinPath(dir, name string) string {
	if dir == "." || dir == "" {
		return name
	}
	if dir[len(dir)-1] == '/' {
		return dir + name
	}
	return dir + "/" + name
}

// WalkDir visits the tree of fsys below root (root included) in lexical
// order and calls fn for each file and directory.
func WalkDir(fsys FS, root string, fn WalkDirFunc) error {
	info, err := Stat(fsys, root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walkDir(fsys, root, FileInfoToDirEntry(info), fn)
	}
	if err == SkipDir || err == SkipAll {
		return nil
	}
	return err
}

// GlobFS is an FS with its own pattern matching of names.
type GlobFS interface {
	FS
	Glob(pattern string) ([]string, error)
}

// SubFS is an FS that can hand out the subtree below a directory.
type SubFS interface {
	FS
	Sub(dir string) (FS, error)
}
