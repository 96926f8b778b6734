// Package bytes (golite): Buffer, in Go.
package bytes

import (
	"errors"
	"io"
	"unicode/utf8"
)

// Buffer is a growable byte buffer that can be written at its end and read
// from its front. The zero Buffer is empty and ready to use.
//
// Layout (Go's, as %v shows it): the unread bytes are buf[off:]; writes
// go to buf[len(buf):]; lastRead remembers the last read so UnreadByte and
// UnreadRune can undo it. How the buffer grows is observable through Cap,
// Available and AvailableBuffer, so it follows Go's rules (see makeRoom).
type Buffer struct {
	buf      []byte
	off      int
	lastRead undoState
}

// undoState is Buffer.lastRead: what UnreadByte and UnreadRune may undo.
// After a ReadRune it is the rune's width in bytes (1 to 4).
type undoState int8

const (
	undoBytes undoState = -1 // bytes were read: UnreadByte may step back one
	undoNone  undoState = 0  // the last operation was not a read
)

// ErrTooLarge is the panic value when a Buffer cannot grow any more.
var ErrTooLarge = errors.New("bytes.Buffer: too large")

var (
	errBadReadCount   = errors.New("bytes.Buffer: reader returned negative count from Read")
	errNoByteToUnread = errors.New("bytes.Buffer: UnreadByte: previous operation was not a successful read")
)

// firstAlloc is the capacity of a Buffer's first array when a small write
// creates it.
const firstAlloc = 64

const intMax = int(^uint(0) >> 1)

// NewBuffer returns a Buffer whose unread contents are buf (which it then
// owns and writes after).
func NewBuffer(buf []byte) *Buffer { return &Buffer{buf: buf} }

// NewBufferString returns a Buffer whose unread contents are s.
func NewBufferString(s string) *Buffer { return NewBuffer([]byte(s)) }

// Bytes returns the unread bytes; the slice aliases the buffer until its
// next modification.
func (b *Buffer) Bytes() []byte { return b.buf[b.off:] }

// String returns the unread bytes as a string, or "<nil>" for a nil
// *Buffer.
func (b *Buffer) String() string {
	if b == nil {
		return "<nil>"
	}
	return string(b.Bytes())
}

// Len returns how many bytes are unread.
func (b *Buffer) Len() int { return len(b.buf) - b.off }

// Cap returns the capacity of the buffer's array.
func (b *Buffer) Cap() int { return cap(b.buf) }

// Available returns how many bytes can be written without growing.
func (b *Buffer) Available() int { return cap(b.buf) - len(b.buf) }

// AvailableBuffer returns the empty slice at the end of the buffer, with
// Available() capacity, for appending to and passing to Write.
func (b *Buffer) AvailableBuffer() []byte { return b.buf[len(b.buf):] }

// Peek returns the next n unread bytes without consuming them; if fewer
// are unread, it returns them all and io.EOF.
func (b *Buffer) Peek(n int) ([]byte, error) {
	if n > b.Len() {
		return b.Bytes(), io.EOF
	}
	return b.buf[b.off : b.off+n], nil
}

// Reset empties the buffer, keeping its array for later writes.
func (b *Buffer) Reset() {
	b.buf, b.off, b.lastRead = b.buf[:0], 0, undoNone
}

// Truncate keeps only the first n unread bytes. It panics if n is
// negative or more than Len.
func (b *Buffer) Truncate(n int) {
	switch {
	case n == 0:
		b.Reset()
	case n < 0 || n > b.Len():
		b.lastRead = undoNone
		panic("bytes.Buffer: truncation out of range")
	default:
		b.lastRead = undoNone
		b.buf = b.buf[:b.off+n]
	}
}

// reserve lengthens the buffer by n bytes, within its capacity if they
// fit and through makeRoom if not, and returns where the n bytes start.
func (b *Buffer) reserve(n int) int {
	end := len(b.buf)
	if cap(b.buf)-end >= n {
		b.buf = b.buf[:end+n]
		return end
	}
	return b.makeRoom(n)
}

// makeRoom lengthens the buffer by n bytes and returns where they start,
// making room as Go does: a drained buffer starts over at the front; a
// Buffer without an array gets one of 64 bytes for small n; if the unread
// bytes plus n fit in half the capacity they slide to the front;
// otherwise they move to a new array (see enlarge).
func (b *Buffer) makeRoom(n int) int {
	unread := b.Len()
	if unread == 0 && b.off != 0 {
		b.Reset()
	}
	if end := len(b.buf); cap(b.buf)-end >= n {
		b.buf = b.buf[:end+n]
		return end
	}
	c := cap(b.buf)
	switch {
	case b.buf == nil && n <= firstAlloc:
		b.buf = make([]byte, n, firstAlloc)
		return 0
	case unread+n <= c/2:
		copy(b.buf, b.Bytes())
	case c > intMax-c-n:
		panic(ErrTooLarge)
	default:
		b.buf = enlarge(b.Bytes(), b.off+n)
	}
	b.off = 0
	b.buf = b.buf[:unread+n]
	return unread
}

// enlarge returns a copy of data in a new array with room for at least
// extra more bytes and at least twice data's capacity, rounded up as
// append rounds its allocations. A failed allocation panics with
// ErrTooLarge.
func enlarge(data []byte, extra int) []byte {
	defer func() {
		if recover() != nil {
			panic(ErrTooLarge)
		}
	}()
	size := max(len(data)+extra, 2*cap(data))
	fresh := append([]byte(nil), make([]byte, size)...)
	return fresh[:copy(fresh, data)]
}

// Grow makes room for n more bytes, so that n bytes can be written without
// another allocation. It panics if n is negative.
func (b *Buffer) Grow(n int) {
	if n < 0 {
		panic("bytes.Buffer.Grow: negative count")
	}
	b.buf = b.buf[:b.makeRoom(n)]
}

// Write appends p and returns len(p) and a nil error; it panics with
// ErrTooLarge if the buffer cannot grow.
func (b *Buffer) Write(p []byte) (n int, err error) {
	b.lastRead = undoNone
	return copy(b.buf[b.reserve(len(p)):], p), nil
}

// WriteString appends s and returns len(s) and a nil error.
func (b *Buffer) WriteString(s string) (n int, err error) {
	b.lastRead = undoNone
	return copy(b.buf[b.reserve(len(s)):], s), nil
}

// WriteByte appends c and returns a nil error.
func (b *Buffer) WriteByte(c byte) error {
	b.lastRead = undoNone
	b.buf[b.reserve(1)] = c
	return nil
}

// WriteRune appends the UTF-8 encoding of r (U+FFFD if r is invalid) and
// returns its length and a nil error.
func (b *Buffer) WriteRune(r rune) (n int, err error) {
	if 0 <= r && r < utf8.RuneSelf {
		return 1, b.WriteByte(byte(r))
	}
	b.lastRead = undoNone
	at := b.reserve(utf8.UTFMax)
	b.buf = utf8.AppendRune(b.buf[:at], r)
	return len(b.buf) - at, nil
}

// ReadFrom appends what r yields until io.EOF and returns how much it
// appended and any error but io.EOF.
func (b *Buffer) ReadFrom(r io.Reader) (n int64, err error) {
	b.lastRead = undoNone
	for err == nil {
		var got int
		got, err = b.fill(r)
		n += int64(got)
	}
	if err == io.EOF {
		err = nil
	}
	return n, err
}

// fill makes room for at least MinRead more bytes, lets r read into all
// the free space, and keeps what r returned.
func (b *Buffer) fill(r io.Reader) (int, error) {
	end := b.makeRoom(MinRead)
	space := b.buf[end:cap(b.buf)]
	b.buf = b.buf[:end]
	got, err := r.Read(space)
	if got >= 0 {
		b.buf = b.buf[:end+got]
		return got, err
	}
	panic(errBadReadCount)
}

// WriteTo writes the unread bytes to w, consuming what w accepted. A short
// write without an error is io.ErrShortWrite. A drained buffer is reset.
func (b *Buffer) WriteTo(w io.Writer) (n int64, err error) {
	b.lastRead = undoNone
	if pending := b.Len(); pending > 0 {
		wrote, e := w.Write(b.Bytes())
		if wrote > pending {
			panic("bytes.Buffer.WriteTo: invalid Write count")
		}
		b.off += wrote
		n = int64(wrote)
		if e == nil && wrote != pending {
			e = io.ErrShortWrite
		}
		if e != nil {
			return n, e
		}
	}
	b.Reset()
	return n, nil
}

// consume advances past n unread bytes (n <= Len) and returns them;
// reading at least one byte makes UnreadByte possible.
func (b *Buffer) consume(n int) []byte {
	// A negative n panics here, before any change, with Go's message.
	taken := b.buf[b.off : b.off+n]
	if n > 0 {
		b.lastRead = undoBytes
	}
	b.off += len(taken)
	return taken
}

// Read moves the next unread bytes into p. A drained buffer is reset and
// returns io.EOF (or nil if p is empty).
func (b *Buffer) Read(p []byte) (n int, err error) {
	b.lastRead = undoNone
	if b.Len() <= 0 {
		b.Reset()
		if len(p) == 0 {
			return 0, nil
		}
		return 0, io.EOF
	}
	return copy(p, b.consume(min(len(p), b.Len()))), nil
}

// Next consumes and returns the next n unread bytes (all of them if fewer
// are left); the slice aliases the buffer until its next modification.
func (b *Buffer) Next(n int) []byte {
	b.lastRead = undoNone
	return b.consume(min(n, b.Len()))
}

// ReadByte consumes and returns the next byte, or returns io.EOF (and
// resets the drained buffer).
func (b *Buffer) ReadByte() (byte, error) {
	if b.Len() <= 0 {
		b.Reset()
		return 0, io.EOF
	}
	return b.consume(1)[0], nil
}

// ReadRune consumes and decodes the next UTF-8 sequence (an invalid byte
// reads as U+FFFD of size 1), or returns io.EOF (and resets the drained
// buffer).
func (b *Buffer) ReadRune() (r rune, size int, err error) {
	if b.Len() <= 0 {
		b.Reset()
		return 0, 0, io.EOF
	}
	r, size = utf8.DecodeRune(b.Bytes())
	b.off += size
	b.lastRead = undoState(size)
	return r, size, nil
}

// stepBack moves the read offset back by n bytes (if there are that many
// before it) and forgets the last read.
func (b *Buffer) stepBack(n int) {
	if b.off >= n {
		b.off -= n
	}
	b.lastRead = undoNone
}

// UnreadRune undoes the ReadRune that was the last operation.
func (b *Buffer) UnreadRune() error {
	if b.lastRead <= undoNone {
		return errors.New("bytes.Buffer: UnreadRune: previous operation was not a successful ReadRune")
	}
	b.stepBack(int(b.lastRead))
	return nil
}

// UnreadByte undoes the last byte of the last read, if the last operation
// was a read that returned at least one byte.
func (b *Buffer) UnreadByte() error {
	if b.lastRead != undoNone {
		b.stepBack(1)
		return nil
	}
	return errNoByteToUnread
}

// upTo consumes the unread bytes up to and including the first delim, or
// all of them and io.EOF if there is none; the result aliases the buffer.
func (b *Buffer) upTo(delim byte) ([]byte, error) {
	n := IndexByte(b.Bytes(), delim) + 1
	var err error
	if n == 0 {
		n, err = b.Len(), io.EOF
	}
	line := b.buf[b.off : b.off+n]
	b.off += n
	b.lastRead = undoBytes
	return line, err
}

// ReadBytes consumes and returns a copy of the bytes up to and including
// the first delim, or of all unread bytes and io.EOF if there is none.
func (b *Buffer) ReadBytes(delim byte) (line []byte, err error) {
	view, err := b.upTo(delim)
	return append(line, view...), err
}

// ReadString is ReadBytes returning a string.
func (b *Buffer) ReadString(delim byte) (line string, err error) {
	view, err := b.upTo(delim)
	return string(view), err
}
