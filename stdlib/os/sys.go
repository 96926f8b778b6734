// Package os (golite): the runtime hooks behind os. Each performs one
// system operation and returns a raw result plus a syscall.Errno (0 on
// success); the Go side builds Go's *PathError/*LinkError values. Natives
// that may block (reads of stdin or pipes, file I/O) mark their worker
// InSyscall first, as the design requires.
package os

import "syscall"

// runtimeArgs is a hook. Native: the program's command line, Args[0]
// being the program name (the .go file path for `golite run`) followed by
// the arguments after it.
func runtimeArgs() []string

// sysOpen is a hook. Native: open(2) name with flag (Linux O_* values, O_CLOEXEC
// added) and permission bits perm; returns the fd.
func sysOpen(name string, flag int, perm uint32) (fd int, errno syscall.Errno)

// sysClose is a hook. Native: close(2) fd.
func sysClose(fd int) syscall.Errno

// sysRead is a hook. Native: read(2) up to len(b) bytes into b (n == 0
// with errno 0 means end of file). Reading fd 0 first flushes the stdout
// buffer.
func sysRead(fd int, b []byte) (n int, errno syscall.Errno)

// sysWrite is a hook. Native: write all of b to fd, returning the count
// written. fd 1 appends to golite's locked stdout buffer; fd 2 flushes
// stdout first, then writes stderr. A broken pipe on fd 1 or 2 ends the
// process as Go's SIGPIPE does.
func sysWrite(fd int, b []byte) (n int, errno syscall.Errno)

// sysPread is a hook. Native: pread(2) into b at offset off.
func sysPread(fd int, b []byte, off int64) (n int, errno syscall.Errno)

// sysPwrite is a hook. Native: pwrite(2) b at offset off.
func sysPwrite(fd int, b []byte, off int64) (n int, errno syscall.Errno)

// sysSeek is a hook. Native: lseek(2); returns the new offset.
func sysSeek(fd int, offset int64, whence int) (ret int64, errno syscall.Errno)

// sysStat is a hook. Native: if name is "", fstat(2) fd; otherwise
// stat(2) name, or lstat(2) when lstat is true. Returns the raw st_mode,
// st_size and st_mtim (seconds, nanoseconds).
func sysStat(name string, fd int, lstat bool) (mode uint32, size int64, mtimeSec int64, mtimeNsec int64, errno syscall.Errno)

// sysReadDir is a hook. Native: list directory name (without "." and
// ".."), in the order the system returns them, with each entry's type
// as S_IF* bits of st_mode (from d_type; lstat when d_type is unknown).
func sysReadDir(name string) (names []string, types []uint32, errno syscall.Errno)

// sysMkdir is a hook. Native: mkdir(2) name with permission bits perm.
func sysMkdir(name string, perm uint32) syscall.Errno

// sysRemove is a hook. Native: unlink(2) name; if that fails, rmdir(2)
// it; if both fail, return rmdir's errno unless it is ENOTDIR, in which
// case unlink's.
func sysRemove(name string) syscall.Errno

// sysRename is a hook. Native: rename(2).
func sysRename(oldpath, newpath string) syscall.Errno

// sysChdir is a hook. Native: chdir(2).
func sysChdir(dir string) syscall.Errno

// sysGetwd is a hook. Native: getcwd(3).
func sysGetwd() (dir string, errno syscall.Errno)

// sysChmod is a hook. Native: chmod(2) name (or fchmod(2) fd when name is
// "") to the permission bits mode (Unix bits: rwx, setuid 04000, setgid
// 02000, sticky 01000).
func sysChmod(name string, fd int, mode uint32) syscall.Errno

// sysTruncate is a hook. Native: truncate(2) name (or ftruncate(2) fd
// when name is "") to size.
func sysTruncate(name string, fd int, size int64) syscall.Errno

// sysFsync is a hook. Native: fsync(2).
func sysFsync(fd int) syscall.Errno

// sysHostname is a hook. Native: the kernel's host name.
func sysHostname() (name string, errno syscall.Errno)

// sysExecutable is a hook. Native: the path of the running program (the
// golite binary, from /proc/self/exe).
func sysExecutable() (path string, errno syscall.Errno)

// sysLookupEnv is a hook. Native: the value of environment variable key
// and whether it is set.
func sysLookupEnv(key string) (value string, found bool)

// sysSetenv is a hook. Native: set environment variable key (already
// validated) to value.
func sysSetenv(key, value string)

// sysUnsetenv is a hook. Native: remove environment variable key.
func sysUnsetenv(key string)

// sysEnviron is a hook. Native: a copy of the environment, "key=value"
// strings in the process's order.
func sysEnviron() []string

// sysClearenv is a hook. Native: delete all environment variables.
func sysClearenv()

// Exit ends the program at once with status code (0 meaning success by
// convention), running no deferred calls. Native:
// flush stdout under the output lock and exit with code.
func Exit(code int)

// Getpid returns this process's id.
func Getpid() int

// Getppid returns the id of this process's parent.
func Getppid() int

// Getuid returns the real user id of this process.
func Getuid() int

// Geteuid returns the effective user id of this process.
func Geteuid() int

// Getgid returns the real group id of this process.
func Getgid() int

// Getegid returns the effective group id of this process.
func Getegid() int

// Getpagesize returns the size in bytes of a memory page on this system.
func Getpagesize() int
