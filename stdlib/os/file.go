// Package os (golite): File and the file-system functions, in Go over the
// hooks of sys.go. Errors are built here from the hooks' errnos, as Go
// builds them: *PathError (or *LinkError, *SyscallError) naming the
// operation and the path.
package os

import (
	"errors"
	"io"
	"io/fs"
	"slices"
	"syscall"
	"time"
)

// Flags for OpenFile: exactly one of O_RDONLY, O_WRONLY and O_RDWR, with
// any of the others added (or'ed) to it.
const (
	O_RDONLY, O_WRONLY, O_RDWR int = syscall.O_RDONLY, syscall.O_WRONLY, syscall.O_RDWR
	O_APPEND, O_CREATE, O_EXCL int = syscall.O_APPEND, syscall.O_CREAT, syscall.O_EXCL
	O_SYNC, O_TRUNC            int = syscall.O_SYNC, syscall.O_TRUNC
)

// Whence values for Seek (start, current offset, end).
//
// Deprecated: use io.SeekStart, io.SeekCurrent and io.SeekEnd.
const SEEK_SET, SEEK_CUR, SEEK_END int = 0, 1, 2

// The separators of paths and of lists of paths, and the null device.
const (
	PathSeparator, PathListSeparator = '/', ':'
	DevNull                          = "/dev/null"
)

// IsPathSeparator reports whether c separates the elements of a path.
func IsPathSeparator(c uint8) bool { return c == PathSeparator }

// FileMode, FileInfo and DirEntry are those of io/fs.
type (
	FileMode = fs.FileMode
	FileInfo = fs.FileInfo
	DirEntry = fs.DirEntry
)

// The FileMode bits, as io/fs defines them: the type bits (ModeType) and
// the others, then the permission bits (ModePerm).
const (
	ModeDir, ModeSymlink, ModeNamedPipe, ModeSocket = fs.ModeDir, fs.ModeSymlink, fs.ModeNamedPipe, fs.ModeSocket
	ModeDevice, ModeCharDevice, ModeIrregular       = fs.ModeDevice, fs.ModeCharDevice, fs.ModeIrregular
	ModeAppend, ModeExclusive, ModeTemporary        = fs.ModeAppend, fs.ModeExclusive, fs.ModeTemporary
	ModeSetuid, ModeSetgid, ModeSticky              = fs.ModeSetuid, fs.ModeSetgid, fs.ModeSticky
	ModeType, ModePerm                              = fs.ModeType, fs.ModePerm
)

// File is an open file descriptor. (The pointer to file keeps File a
// one-word value, as in Go.)
type File struct {
	*file
}

// file is the state of an open file.
type file struct {
	fd        int
	path      string
	closed    bool
	appending bool
	dirList   *dirListing // the listing being read by ReadDir, if any
}

// dirListing is a directory listing and how much of it has been returned.
type dirListing struct {
	names []string
	types []uint32
	pos   int
}

// The standard input, output and error streams.
var (
	Stdin  = NewFile(uintptr(syscall.Stdin), "/dev/stdin")
	Stdout = NewFile(uintptr(syscall.Stdout), "/dev/stdout")
	Stderr = NewFile(uintptr(syscall.Stderr), "/dev/stderr")
)

// Args holds the command line, starting with the program name.
var Args []string = runtimeArgs()

// NewFile returns a File for the descriptor fd, named name.
func NewFile(fd uintptr, name string) *File {
	return &File{&file{fd: int(fd), path: name}}
}

// Name returns the name the file was opened with.
func (f *File) Name() string { return f.path }

// Fd returns the file's descriptor, or ^uintptr(0) once it is closed.
func (f *File) Fd() uintptr {
	if f != nil && !f.closed {
		return uintptr(f.fd)
	}
	return ^uintptr(0)
}

// usable returns the error for operation op on f if f is nil (ErrInvalid)
// or closed (ErrClosed in a *PathError), and nil otherwise.
func (f *File) usable(op string) error {
	switch {
	case f == nil:
		return ErrInvalid
	case f.closed:
		return &PathError{Op: op, Path: f.path, Err: ErrClosed}
	}
	return nil
}

// fail returns a *PathError for operation op on f with errno e, or nil if
// e is 0.
func (f *File) fail(op string, e syscall.Errno) error {
	if e == 0 {
		return nil
	}
	return &PathError{Op: op, Path: f.path, Err: e}
}

// Read reads up to len(b) bytes; at the end of the file it returns 0 and
// io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if err := f.usable("read"); err != nil {
		return 0, err
	}
	if len(b) == 0 {
		return 0, nil
	}
	n, e := sysRead(f.fd, b)
	n = max(n, 0)
	switch {
	case e != 0:
		return n, f.fail("read", e)
	case n == 0:
		return 0, io.EOF
	}
	return n, nil
}

// ReadAt reads len(b) bytes from offset off without moving the file
// offset; fewer means an error (io.EOF at the end of the file). Reading
// nothing never fails, even from a closed file.
func (f *File) ReadAt(b []byte, off int64) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if off < 0 {
		return 0, &PathError{Op: "readat", Path: f.path, Err: errors.New("negative offset")}
	}
	for n < len(b) {
		if err := f.usable("read"); err != nil {
			return n, err
		}
		m, e := sysPread(f.fd, b[n:], off+int64(n))
		if e != 0 {
			return n, f.fail("read", e)
		}
		if m == 0 {
			return n, io.EOF
		}
		n += m
	}
	return n, nil
}

// Write writes b; writing less is an error (io.ErrShortWrite unless the
// system reported one).
func (f *File) Write(b []byte) (n int, err error) {
	if err := f.usable("write"); err != nil {
		return 0, err
	}
	n, e := sysWrite(f.fd, b)
	n = max(n, 0)
	if e != 0 {
		return n, f.fail("write", e)
	}
	if n != len(b) {
		return n, io.ErrShortWrite
	}
	return n, nil
}

var (
	errWriteAtAppend = errors.New("os: invalid use of WriteAt on file opened with O_APPEND")
	// errFileClosing is what reading a closed directory reports (Go's
	// internal/poll error).
	errFileClosing = errors.New("use of closed file")
)

// WriteAt writes b at offset off without moving the file offset. It is an
// error on a file opened with O_APPEND. Writing nothing never fails, even
// to a closed file.
func (f *File) WriteAt(b []byte, off int64) (n int, err error) {
	switch {
	case f == nil:
		return 0, ErrInvalid
	case f.appending:
		return 0, errWriteAtAppend
	case off < 0:
		return 0, &PathError{Op: "writeat", Path: f.path, Err: errors.New("negative offset")}
	}
	for n < len(b) {
		if err := f.usable("write"); err != nil {
			return n, err
		}
		m, e := sysPwrite(f.fd, b[n:], off+int64(n))
		if e != 0 {
			return n, f.fail("write", e)
		}
		n += m
	}
	return n, nil
}

// WriteString writes s.
func (f *File) WriteString(s string) (n int, err error) { return f.Write([]byte(s)) }

// onlyWrite and onlyRead expose nothing but a File's Write or Read, so
// that io.Copy moves the bytes itself instead of calling back into
// ReadFrom or WriteTo.
type (
	onlyWrite struct{ f *File }
	onlyRead  struct{ f *File }
)

func (w onlyWrite) Write(b []byte) (int, error) { return w.f.Write(b) }
func (r onlyRead) Read(b []byte) (int, error)   { return r.f.Read(b) }

// ReadFrom copies r to the file.
func (f *File) ReadFrom(r io.Reader) (n int64, err error) {
	if err := f.usable("write"); err != nil {
		return 0, err
	}
	return io.Copy(onlyWrite{f}, r)
}

// WriteTo copies the rest of the file to w.
func (f *File) WriteTo(w io.Writer) (n int64, err error) {
	if err := f.usable("read"); err != nil {
		return 0, err
	}
	return io.Copy(w, onlyRead{f})
}

// Seek sets the file offset (whence: 0 from the start, 1 from the current
// offset, 2 from the end) and returns it. A directory can only be
// rewound to its start, which restarts ReadDir.
func (f *File) Seek(offset int64, whence int) (ret int64, err error) {
	if err := f.usable("seek"); err != nil {
		return 0, err
	}
	at, e := sysSeek(f.fd, offset, whence)
	switch {
	case e != 0:
	case at == 0 || f.dirList == nil:
		f.dirList = nil // a rewound directory lists from its start again
		return at, nil
	default:
		e = syscall.EISDIR
	}
	return 0, f.fail("seek", e)
}

// Close closes the file; closing it again is an error.
func (f *File) Close() error {
	if err := f.usable("close"); err != nil {
		return err
	}
	f.closed, f.dirList = true, nil
	return f.fail("close", sysClose(f.fd))
}

// Stat describes the open file.
func (f *File) Stat() (FileInfo, error) {
	if err := f.usable("stat"); err != nil {
		return nil, err
	}
	mode, size, sec, nsec, e := sysStat("", f.fd, false)
	if e != 0 {
		return nil, f.fail("stat", e)
	}
	return newFileStat(basename(f.path), mode, size, sec, nsec), nil
}

// Sync flushes the file's contents to stable storage.
func (f *File) Sync() error {
	if err := f.usable("sync"); err != nil {
		return err
	}
	return f.fail("sync", sysFsync(f.fd))
}

// Truncate sets the file's size (the offset does not move).
func (f *File) Truncate(size int64) error {
	if err := f.usable("truncate"); err != nil {
		return err
	}
	return f.fail("truncate", sysTruncate("", f.fd, size))
}

// Chmod sets the file's mode.
func (f *File) Chmod(mode FileMode) error {
	if err := f.usable("chmod"); err != nil {
		return err
	}
	return f.fail("chmod", sysChmod("", f.fd, modeBits(mode)))
}

// noDeadline is the answer of the deadline setters: golite's files do not
// support deadlines.
func (f *File) noDeadline(op string) error {
	if err := f.usable(op); err != nil {
		return err
	}
	return ErrNoDeadline
}

// SetDeadline, SetReadDeadline and SetWriteDeadline return ErrNoDeadline:
// no golite file supports deadlines.
func (f *File) SetDeadline(t time.Time) error      { return f.noDeadline("SetDeadline") }
func (f *File) SetReadDeadline(t time.Time) error  { return f.noDeadline("SetReadDeadline") }
func (f *File) SetWriteDeadline(t time.Time) error { return f.noDeadline("SetWriteDeadline") }

// listing returns the directory listing ReadDir is working through,
// reading it on first use.
func (f *File) listing() (*dirListing, error) {
	if f.dirList == nil {
		names, types, e := sysReadDir(f.path)
		if e != 0 {
			return nil, &PathError{Op: "readdirent", Path: f.path, Err: e}
		}
		f.dirList = &dirListing{names: names, types: types}
	}
	return f.dirList, nil
}

// ReadDir returns the next n entries of the directory, in the system's
// order (io.EOF once there are none left), or with n <= 0 all the
// remaining ones (and a nil error). The slice is never nil.
func (f *File) ReadDir(n int) ([]DirEntry, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	if f.closed {
		return []DirEntry{}, &PathError{Op: "readdirent", Path: f.path, Err: errFileClosing}
	}
	d, err := f.listing()
	if err != nil {
		return []DirEntry{}, err
	}
	left := len(d.names) - d.pos
	if n > 0 && left == 0 {
		return []DirEntry{}, io.EOF
	}
	if n <= 0 || n > left {
		n = left
	}
	entries := make([]DirEntry, n)
	for k := range entries {
		i := d.pos + k
		entries[k] = &unixDirent{parent: f.path, name: d.names[i], typ: typeMode(d.types[i])}
	}
	d.pos += n
	return entries, nil
}

// Readdir is ReadDir returning the Lstat FileInfo of each entry (entries
// that vanished meanwhile are left out).
func (f *File) Readdir(n int) ([]FileInfo, error) {
	entries, err := f.ReadDir(n)
	infos := make([]FileInfo, 0, len(entries))
	for _, entry := range entries {
		info, ierr := entry.Info()
		switch {
		case ierr == nil:
			infos = append(infos, info)
		case !IsNotExist(ierr):
			return infos, ierr
		}
	}
	return infos, err
}

// Readdirnames is ReadDir returning the entries' names.
func (f *File) Readdirnames(n int) (names []string, err error) {
	entries, err := f.ReadDir(n)
	names = make([]string, len(entries))
	for k, entry := range entries {
		names[k] = entry.Name()
	}
	return names, err
}

// unixDirent is the DirEntry of ReadDir.
type unixDirent struct {
	parent, name string
	typ          FileMode
	info         FileInfo // nil: Info asks Lstat
}

func (d *unixDirent) String() string { return fs.FormatDirEntry(d) }
func (d *unixDirent) Name() string   { return d.name }
func (d *unixDirent) Type() FileMode { return d.typ }
func (d *unixDirent) IsDir() bool    { return d.typ.IsDir() }

// Info returns the entry's Lstat.
func (d *unixDirent) Info() (FileInfo, error) {
	if d.info == nil {
		return Lstat(d.parent + "/" + d.name)
	}
	return d.info, nil
}

// fileStat is the FileInfo of Stat and Lstat.
type fileStat struct {
	name    string
	size    int64
	mode    FileMode
	modTime time.Time
}

func (st *fileStat) Name() string       { return st.name }
func (st *fileStat) Size() int64        { return st.size }
func (st *fileStat) Mode() FileMode     { return st.mode }
func (st *fileStat) ModTime() time.Time { return st.modTime }
func (st *fileStat) IsDir() bool        { return st.mode.IsDir() }
func (st *fileStat) Sys() any           { return nil }

// fileTypes pairs the S_IFMT values of st_mode with FileMode type bits.
var fileTypes = []struct {
	ifmt uint32
	mode FileMode
}{
	{syscall.S_IFDIR, ModeDir},
	{syscall.S_IFLNK, ModeSymlink},
	{syscall.S_IFIFO, ModeNamedPipe},
	{syscall.S_IFSOCK, ModeSocket},
	{syscall.S_IFBLK, ModeDevice},
	{syscall.S_IFCHR, ModeDevice | ModeCharDevice},
}

// specialBits pairs the setuid, setgid and sticky bits of st_mode with
// their FileMode bits.
var specialBits = []struct {
	bit  uint32
	mode FileMode
}{
	{syscall.S_ISUID, ModeSetuid},
	{syscall.S_ISGID, ModeSetgid},
	{syscall.S_ISVTX, ModeSticky},
}

// typeMode returns the FileMode type bits of a raw st_mode (none for a
// regular file).
func typeMode(m uint32) FileMode {
	for _, t := range fileTypes {
		if m&syscall.S_IFMT == t.ifmt {
			return t.mode
		}
	}
	return 0
}

// newFileStat builds the FileInfo of a raw stat result.
func newFileStat(name string, mode uint32, size, sec, nsec int64) *fileStat {
	m := FileMode(mode&0o777) | typeMode(mode)
	for _, s := range specialBits {
		if mode&s.bit != 0 {
			m |= s.mode
		}
	}
	return &fileStat{name: name, size: size, mode: m, modTime: time.Unix(sec, nsec)}
}

// modeBits returns the st_mode permission and special bits of m.
func modeBits(m FileMode) uint32 {
	bits := uint32(m.Perm())
	for _, s := range specialBits {
		if m&s.mode != 0 {
			bits |= s.bit
		}
	}
	return bits
}

// basename returns the last element of name, ignoring trailing slashes
// ("/" stays "/").
func basename(name string) string {
	end := len(name)
	for end > 1 && name[end-1] == '/' {
		end--
	}
	name = name[:end]
	for k := len(name) - 2; k >= 0; k-- {
		if name[k] == '/' {
			return name[k+1:]
		}
	}
	return name
}

// Open opens name for reading.
func Open(name string) (*File, error) { return OpenFile(name, O_RDONLY, 0) }

// Create opens name for reading and writing, creating it (mode 0o666
// before the umask) or truncating it.
func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0o666)
}

// OpenFile opens name with the given flags, creating it with mode perm
// (before the umask) if O_CREATE asks for that.
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	fd, e := sysOpen(name, flag|syscall.O_CLOEXEC, modeBits(perm))
	if e != 0 {
		return nil, &PathError{Op: "open", Path: name, Err: e}
	}
	f := NewFile(uintptr(fd), name)
	f.appending = flag&O_APPEND != 0
	return f, nil
}

// ReadFile returns the contents of the file name.
func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	data, err := readAll(f, sizeOrZero(f))
	f.Close()
	return data, err
}

// sizeOrZero returns the size Stat reports for f, or 0 if Stat fails.
func sizeOrZero(f *File) int64 {
	info, err := f.Stat()
	if err != nil {
		return 0
	}
	return info.Size()
}

// readAll reads f to its end into one slice, sized as Go sizes it: the
// file's size plus one (at least 512 bytes), growing by at least 512
// bytes whenever it is full, or, for files that claim to be empty (as
// /proc files do), whenever less than 512 bytes are free.
func readAll(f *File, statSize int64) ([]byte, error) {
	const minRead = 512
	size := 1
	if int64(int(statSize)) == statSize {
		size += int(statSize)
	}
	data := make([]byte, 0, max(size, minRead))
	for {
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err == io.EOF {
			return data, nil
		}
		if err != nil {
			return data, err
		}
		if free := cap(data) - len(data); free == 0 || statSize == 0 && free < minRead {
			data = slices.Grow(data, minRead)
		}
	}
}

// WriteFile writes data to the file name, creating it with mode perm
// (before the umask) or truncating it first (keeping its mode).
func WriteFile(name string, data []byte, perm FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, werr := f.Write(data)
	cerr := f.Close()
	if werr != nil {
		return werr
	}
	return cerr
}

// Stat describes the file name, following symbolic links.
func Stat(name string) (FileInfo, error) { return statPath("stat", name, false) }

// Lstat describes the file name; a symbolic link is described itself.
func Lstat(name string) (FileInfo, error) { return statPath("lstat", name, true) }

func statPath(op, name string, link bool) (FileInfo, error) {
	mode, size, sec, nsec, e := sysStat(name, -1, link)
	if e != 0 {
		return nil, &PathError{Op: op, Path: name, Err: e}
	}
	return newFileStat(basename(name), mode, size, sec, nsec), nil
}

// ReadDir returns the entries of the directory name, sorted by name.
func ReadDir(name string) ([]DirEntry, error) {
	dir, err := OpenFile(name, O_RDONLY|syscall.O_DIRECTORY, 0)
	if err != nil {
		return nil, err
	}
	entries, err := dir.ReadDir(-1)
	dir.Close()
	slices.SortFunc(entries, func(a, b DirEntry) int {
		if a.Name() < b.Name() {
			return -1
		}
		if a.Name() > b.Name() {
			return +1
		}
		return 0
	})
	return entries, err
}

// pathErr returns a *PathError for operation op on name with errno e, or
// nil if e is 0.
func pathErr(op, name string, e syscall.Errno) error {
	if e == 0 {
		return nil
	}
	return &PathError{Op: op, Path: name, Err: e}
}

// Mkdir creates the directory name with mode perm (before the umask).
func Mkdir(name string, perm FileMode) error {
	return pathErr("mkdir", name, sysMkdir(name, modeBits(perm)))
}

// MkdirAll creates the directory path and any missing parents (with mode
// perm before the umask). It succeeds if path is already a directory.
func MkdirAll(path string, perm FileMode) error {
	if info, err := Stat(path); err == nil {
		if !info.IsDir() {
			return &PathError{Op: "mkdir", Path: path, Err: syscall.ENOTDIR}
		}
		return nil
	}
	// The parent is what precedes the last element (and the separators
	// before it).
	end := len(path)
	for end > 0 && IsPathSeparator(path[end-1]) {
		end--
	}
	for end > 0 && !IsPathSeparator(path[end-1]) {
		end--
	}
	if parent := path[:max(end-1, 0)]; parent != "" {
		if err := MkdirAll(parent, perm); err != nil {
			return err
		}
	}
	err := Mkdir(path, perm)
	if err != nil {
		// Fine if it is a directory by now (made meanwhile, or a path
		// like "dir/.").
		if info, lerr := Lstat(path); lerr == nil && info.IsDir() {
			return nil
		}
	}
	return err
}

// Remove removes the file or empty directory name.
func Remove(name string) error { return pathErr("remove", name, sysRemove(name)) }

// RemoveAll removes path and everything below it, carrying on past
// failures and returning the first. A path that does not exist is not an
// error; a path ending in "." is (EINVAL).
//
// As in Go, once removing path itself has failed, the last element of
// path is removed from its parent directory (so "file/" removes file),
// and errors name the parent followed by the entry that failed.
func RemoveAll(path string) error {
	if path == "" {
		return nil
	}
	if n := len(path); path == "." || n >= 2 && path[n-2:] == "/." {
		return &PathError{Op: "RemoveAll", Path: path, Err: syscall.EINVAL}
	}
	if err := Remove(path); err == nil || IsNotExist(err) {
		return nil
	}
	parent, base := splitLast(path)
	dir, err := Open(parent)
	if err != nil {
		if IsNotExist(err) {
			return nil
		}
		return err
	}
	dir.Close()
	err = removeEntry(parent, base)
	if pe, ok := err.(*PathError); ok {
		pe.Path = parent + string(PathSeparator) + pe.Path
	}
	return err
}

// splitLast splits path into its parent directory ("." if none) and its
// last element, ignoring trailing slashes and extra leading ones.
func splitLast(path string) (parent, last string) {
	for len(path) > 1 && path[0] == '/' && path[1] == '/' {
		path = path[1:]
	}
	for len(path) > 1 && path[len(path)-1] == '/' {
		path = path[:len(path)-1]
	}
	for k := len(path) - 2; k >= 0; k-- {
		if path[k] == '/' {
			if k == 0 {
				return "/", path[1:]
			}
			return path[:k], path[k+1:]
		}
	}
	return ".", path
}

// removeEntry removes the entry name of directory dir and, if it is a
// directory, everything in it first. Errors are *PathErrors whose paths
// are relative to dir.
func removeEntry(dir, name string) error {
	full := dir + string(PathSeparator) + name
	first := sysRemove(full)
	if first == 0 || first == syscall.ENOENT {
		return nil
	}
	info, err := Lstat(full)
	switch {
	case err != nil && IsNotExist(err):
		return nil
	case err != nil || !info.IsDir():
		return &PathError{Op: "unlinkat", Path: name, Err: first}
	}
	names, _, e := sysReadDir(full)
	switch e {
	case 0:
	case syscall.ENOENT:
		return nil
	default:
		return &PathError{Op: "openfdat", Path: name, Err: e}
	}
	var failed error
	for _, entry := range names {
		err := removeEntry(full, entry)
		if pe, ok := err.(*PathError); ok {
			pe.Path = name + string(PathSeparator) + pe.Path
		}
		if failed == nil {
			failed = err
		}
	}
	last := sysRemove(full)
	switch {
	case last == 0 || last == syscall.ENOENT:
		return nil
	case failed != nil:
		return failed
	}
	return &PathError{Op: "unlinkat", Path: name, Err: last}
}

// Rename moves oldpath to newpath, replacing a file there but not a
// directory (EEXIST; a missing oldpath is reported first).
func Rename(oldpath, newpath string) error {
	fail := func(err error) error { return &LinkError{Op: "rename", Old: oldpath, New: newpath, Err: err} }
	if target, err := Lstat(newpath); err == nil && target.IsDir() {
		source, err := Lstat(oldpath)
		if err != nil {
			return fail(err.(*PathError).Err)
		}
		if oldpath == newpath || !SameFile(target, source) {
			return fail(syscall.EEXIST)
		}
	}
	if e := sysRename(oldpath, newpath); e != 0 {
		return fail(e)
	}
	return nil
}

// Chmod sets the mode of the file name.
func Chmod(name string, mode FileMode) error {
	return pathErr("chmod", name, sysChmod(name, -1, modeBits(mode)))
}

// Truncate sets the size of the file name.
func Truncate(name string, size int64) error {
	return pathErr("truncate", name, sysTruncate(name, -1, size))
}

// Chdir makes dir the working directory.
func Chdir(dir string) error { return pathErr("chdir", dir, sysChdir(dir)) }

// Getwd returns the working directory.
func Getwd() (dir string, err error) {
	dir, e := sysGetwd()
	if e != 0 {
		return "", NewSyscallError("getwd", e)
	}
	return dir, nil
}

// Hostname returns the system's host name.
func Hostname() (name string, err error) {
	name, e := sysHostname()
	if e != 0 {
		return "", NewSyscallError("hostname", e)
	}
	return name, nil
}

// Executable returns the path of the running program.
func Executable() (string, error) {
	path, e := sysExecutable()
	if e != 0 {
		return "", pathErr("readlink", "/proc/self/exe", e)
	}
	return path, nil
}

// SameFile reports whether two FileInfos from Stat describe the same file;
// golite compares their names, sizes, modes and modification times.
func SameFile(fi1, fi2 FileInfo) bool {
	a, aok := fi1.(*fileStat)
	b, bok := fi2.(*fileStat)
	return aok && bok && a.name == b.name && a.size == b.size && a.mode == b.mode && a.modTime.Equal(b.modTime)
}

// TempDir returns $TMPDIR, or /tmp if that is empty.
func TempDir() string {
	if dir := Getenv("TMPDIR"); dir != "" {
		return dir
	}
	return "/tmp"
}

// UserHomeDir returns $HOME.
func UserHomeDir() (string, error) {
	if home := Getenv("HOME"); home != "" {
		return home, nil
	}
	return "", errors.New("$HOME is not defined")
}

// userDir returns $env, or $HOME/below if env is empty.
func userDir(env, below string) (string, error) {
	if dir := Getenv(env); dir != "" {
		return dir, nil
	}
	if home := Getenv("HOME"); home != "" {
		return home + "/" + below, nil
	}
	return "", errors.New("neither $" + env + " nor $HOME are defined")
}

// UserCacheDir returns $XDG_CACHE_HOME, or $HOME/.cache.
func UserCacheDir() (string, error) { return userDir("XDG_CACHE_HOME", ".cache") }

// UserConfigDir returns $XDG_CONFIG_HOME, or $HOME/.config.
func UserConfigDir() (string, error) { return userDir("XDG_CONFIG_HOME", ".config") }
