// Package os (golite): error values and types, and the Is* predicates.
package os

import (
	"errors"
	"io/fs"
	"syscall"
)

// The portable errors, shared with io/fs where it has them (invalid
// argument, permission denied, file already exists, file does not exist,
// file already closed), and those of deadlines.
var (
	ErrInvalid, ErrPermission, ErrExist = fs.ErrInvalid, fs.ErrPermission, fs.ErrExist
	ErrNotExist, ErrClosed              = fs.ErrNotExist, fs.ErrClosed

	ErrNoDeadline       = errors.New("file type does not support deadline")
	ErrDeadlineExceeded = error(&deadlineExceededError{})
)

// deadlineExceededError is ErrDeadlineExceeded: a temporary timeout.
type deadlineExceededError struct{}

func (e *deadlineExceededError) Error() string   { return "i/o timeout" }
func (e *deadlineExceededError) Timeout() bool   { return true }
func (e *deadlineExceededError) Temporary() bool { return true }

// ErrProcessDone is the error for an operation on a process that has
// already finished.
var ErrProcessDone = errors.New("os: process already finished")

// PathError is io/fs's PathError: an operation, a path and an error.
type PathError = fs.PathError

// SyscallError is an error from the named system call.
type SyscallError struct {
	Syscall string
	Err     error
}

// NewSyscallError wraps err (unless it is nil) in a *SyscallError for the
// named system call.
func NewSyscallError(syscall string, err error) error {
	if err != nil {
		return &SyscallError{Syscall: syscall, Err: err}
	}
	return nil
}

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }
func (e *SyscallError) Unwrap() error { return e.Err }

// Timeout reports whether the wrapped error is a timeout.
func (e *SyscallError) Timeout() bool {
	t, ok := e.Err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}

// LinkError is an error from an operation on two paths (link, symlink,
// rename).
type LinkError struct {
	Op, Old, New string
	Err          error
}

func (e *LinkError) Error() string { return e.Op + " " + e.Old + " " + e.New + ": " + e.Err.Error() }
func (e *LinkError) Unwrap() error { return e.Err }

// IsExist, IsNotExist and IsPermission report whether err says that a file
// exists, does not exist, or may not be accessed. Unlike errors.Is, they
// look through one *PathError, *LinkError or *SyscallError only, and
// otherwise understand syscall.Errno values (as Go's do).

func IsExist(err error) bool      { return means(err, ErrExist) }
func IsNotExist(err error) bool   { return means(err, ErrNotExist) }
func IsPermission(err error) bool { return means(err, ErrPermission) }

// IsTimeout reports whether err (looking through one *PathError,
// *LinkError or *SyscallError) says it is a timeout.
func IsTimeout(err error) bool {
	t, ok := cause(err).(interface{ Timeout() bool })
	return ok && t.Timeout()
}

// means reports whether err, or the error one of os's wrappers holds, is
// target or an Errno standing for it.
func means(err, target error) bool {
	inner := cause(err)
	if inner == target {
		return true
	}
	errno, isErrno := inner.(syscall.Errno)
	return isErrno && errno.Is(target)
}

// cause returns the error a *PathError, *LinkError or *SyscallError holds,
// or err itself.
func cause(err error) error {
	if pe, ok := err.(*PathError); ok {
		return pe.Err
	}
	if le, ok := err.(*LinkError); ok {
		return le.Err
	}
	if se, ok := err.(*SyscallError); ok {
		return se.Err
	}
	return err
}

// errnoErr converts a hook's errno to an error (nil for 0).
func errnoErr(e syscall.Errno) error {
	if e == 0 {
		return nil
	}
	return e
}
