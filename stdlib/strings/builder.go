// Package strings (golite): Builder, in Go over a []byte.
package strings

import "unicode/utf8"

// Builder accumulates bytes and hands them out as a string. The zero
// Builder is empty and ready to use. Once written to, a Builder must not
// be copied: using a copy panics.
type Builder struct {
	addr *Builder // the Builder's own address from its first write on
	buf  []byte
}

// claim records b's address on first use, and panics if b is a copy of a
// Builder that was already in use. It returns the buffer.
func (b *Builder) claim() []byte {
	switch b.addr {
	case nil:
		b.addr = b
	case b:
	default:
		panic("strings: illegal use of non-zero Builder copied by value")
	}
	return b.buf
}

// String returns the bytes written so far as a string.
func (b *Builder) String() string { return string(b.buf) }

// Len returns how many bytes have been written.
func (b *Builder) Len() int { return len(b.buf) }

// Cap returns the capacity of the buffer, written bytes included.
func (b *Builder) Cap() int { return cap(b.buf) }

// Reset empties b and forgets its address, so it may be copied again.
func (b *Builder) Reset() { *b = Builder{} }

// Grow makes room for n more bytes without another allocation: if fewer
// are free, the buffer moves to a new one of (at least) twice the old
// capacity plus n. It panics if n is negative.
func (b *Builder) Grow(n int) {
	buf := b.claim()
	if n < 0 {
		panic("strings.Builder.Grow: negative count")
	}
	if cap(buf)-len(buf) < n {
		// The new array's size is rounded up to an allocation size
		// class, as append rounds it.
		bigger := append([]byte(nil), make([]byte, 2*cap(buf)+n)...)
		b.buf = bigger[:copy(bigger, buf)]
	}
}

// Write appends p; it returns len(p) and a nil error.
func (b *Builder) Write(p []byte) (int, error) {
	b.buf = append(b.claim(), p...)
	return len(p), nil
}

// WriteString appends s; it returns len(s) and a nil error.
func (b *Builder) WriteString(s string) (int, error) {
	b.buf = append(b.claim(), s...)
	return len(s), nil
}

// WriteByte appends c; it returns a nil error.
func (b *Builder) WriteByte(c byte) error {
	b.buf = append(b.claim(), c)
	return nil
}

// WriteRune appends the UTF-8 encoding of r (U+FFFD for an invalid rune)
// and returns its length and a nil error.
func (b *Builder) WriteRune(r rune) (int, error) {
	before := len(b.buf)
	b.buf = utf8.AppendRune(b.claim(), r)
	return len(b.buf) - before, nil
}
