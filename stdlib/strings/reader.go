// Package strings (golite): Reader, in Go.
package strings

import (
	"errors"
	"io"
	"unicode/utf8"
)

// Reader reads from a string: it is an io.Reader, io.ReaderAt,
// io.ByteScanner, io.RuneScanner, io.Seeker and io.WriterTo. The zero
// Reader reads an empty string.
//
// Its fields are Go's (they show in %+v output): s is the string, i the
// read offset (it may lie past the end after a Seek), and prevRune the
// offset of the rune the last operation read with ReadRune, or -1 when
// the last operation was anything else.
type Reader struct {
	s        string
	i        int64
	prevRune int
}

// NewReader returns a Reader reading s from its start.
func NewReader(s string) *Reader { return &Reader{s: s, prevRune: -1} }

// Reset makes r read s from its start.
func (r *Reader) Reset(s string) { *r = Reader{s: s, prevRune: -1} }

// Size returns the length of the whole string.
func (r *Reader) Size() int64 { return int64(len(r.s)) }

// unread returns the part of the string after the read offset.
func (r *Reader) unread() string {
	if r.i >= int64(len(r.s)) {
		return ""
	}
	return r.s[r.i:]
}

// Len returns how many bytes are left to read.
func (r *Reader) Len() int { return len(r.unread()) }

// readerError makes the errors of Reader's methods.
func readerError(method, what string) error {
	return errors.New("strings.Reader." + method + ": " + what)
}

// Read copies unread bytes into b. At the end of the string it returns
// io.EOF (and leaves the last ReadRune undoable).
func (r *Reader) Read(b []byte) (n int, err error) {
	rest := r.unread()
	if rest == "" {
		return 0, io.EOF
	}
	r.prevRune = -1
	n = copy(b, rest)
	r.i += int64(n)
	return n, nil
}

// ReadAt copies the bytes from offset off into b without moving the read
// offset; it returns io.EOF when it could not fill b.
func (r *Reader) ReadAt(b []byte, off int64) (n int, err error) {
	switch {
	case off < 0:
		return 0, readerError("ReadAt", "negative offset")
	case off >= int64(len(r.s)):
		return 0, io.EOF
	}
	n = copy(b, r.s[off:])
	if n != len(b) {
		err = io.EOF
	}
	return n, err
}

// ReadByte returns the next byte, or io.EOF.
func (r *Reader) ReadByte() (byte, error) {
	r.prevRune = -1
	rest := r.unread()
	if rest == "" {
		return 0, io.EOF
	}
	r.i++
	return rest[0], nil
}

// UnreadByte steps the read offset back by one byte.
func (r *Reader) UnreadByte() error {
	if r.i <= 0 {
		return readerError("UnreadByte", "at beginning of string")
	}
	r.prevRune = -1
	r.i--
	return nil
}

// ReadRune decodes the next UTF-8 sequence (an invalid byte reads as
// U+FFFD of size 1), or returns io.EOF.
func (r *Reader) ReadRune() (ch rune, size int, err error) {
	rest := r.unread()
	if rest == "" {
		r.prevRune = -1
		return 0, 0, io.EOF
	}
	r.prevRune = int(r.i)
	ch, size = utf8.DecodeRuneInString(rest)
	r.i += int64(size)
	return ch, size, nil
}

// UnreadRune undoes the ReadRune that was the last operation.
func (r *Reader) UnreadRune() error {
	switch {
	case r.i <= 0:
		return readerError("UnreadRune", "at beginning of string")
	case r.prevRune < 0:
		return readerError("UnreadRune", "previous operation was not ReadRune")
	}
	r.i, r.prevRune = int64(r.prevRune), -1
	return nil
}

// Seek sets the read offset relative to the start, the current offset or
// the end (io.SeekStart, io.SeekCurrent, io.SeekEnd) and returns it.
// Offsets past the end are allowed; negative ones are not.
func (r *Reader) Seek(offset int64, whence int) (int64, error) {
	r.prevRune = -1
	pos, problem := seekTarget(offset, whence, r.i, int64(len(r.s)))
	if problem != "" {
		return 0, readerError("Seek", problem)
	}
	r.i = pos
	return pos, nil
}

// seekTarget resolves a Seek request against the current offset and the
// size; problem describes a request that cannot be satisfied.
func seekTarget(offset int64, whence int, cur, size int64) (pos int64, problem string) {
	switch whence {
	case io.SeekStart:
	case io.SeekCurrent:
		offset += cur
	case io.SeekEnd:
		offset += size
	default:
		return 0, "invalid whence"
	}
	if offset < 0 {
		return 0, "negative position"
	}
	return offset, ""
}

// WriteTo writes the unread bytes to w with io.WriteString and advances by
// what was written; a short write without an error is io.ErrShortWrite.
func (r *Reader) WriteTo(w io.Writer) (n int64, err error) {
	r.prevRune = -1
	rest := r.unread()
	if rest == "" {
		return 0, nil
	}
	m, err := io.WriteString(w, rest)
	if m > len(rest) {
		panic("strings.Reader.WriteTo: invalid WriteString count")
	}
	r.i += int64(m)
	if m < len(rest) && err == nil {
		err = io.ErrShortWrite
	}
	return int64(m), err
}
