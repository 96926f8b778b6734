// Package hex (golite, encoding/hex): hexadecimal encoding and decoding,
// and hexdump-style dumps, in Go.
package hex

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

const digits = "0123456789abcdef"

// ErrLength is the error for hex input of odd length.
var ErrLength = errors.New("encoding/hex: odd length hex string")

// InvalidByteError is the error for a byte that is not a hex digit.
type InvalidByteError byte

func (e InvalidByteError) Error() string {
	return fmt.Sprintf("encoding/hex: invalid byte: %#U", rune(e))
}

// EncodedLen returns the length of the encoding of n bytes: 2n.
func EncodedLen(n int) int { return n * 2 }

// Encode writes the lower-case hex encoding of src to dst and returns
// EncodedLen(len(src)).
func Encode(dst, src []byte) int {
	for i, b := range src {
		dst[2*i] = digits[b>>4]
		dst[2*i+1] = digits[b&15]
	}
	return 2 * len(src)
}

// AppendEncode appends the hex encoding of src to dst.
func AppendEncode(dst, src []byte) []byte {
	for _, b := range src {
		dst = append(dst, digits[b>>4], digits[b&15])
	}
	return dst
}

// EncodeToString returns the lower-case hex encoding of src.
func EncodeToString(src []byte) string {
	return string(AppendEncode(make([]byte, 0, 2*len(src)), src))
}

// DecodedLen returns the length of the decoding of x hex digits: x/2.
func DecodedLen(x int) int { return x / 2 }

// fromHex returns the value of hex digit c, or false.
func fromHex(c byte) (byte, bool) {
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// Decode decodes the hex digits of src (either case) into dst and returns
// the number of bytes written. A bad digit gives an InvalidByteError; an
// odd length (with no bad digit before the end) gives ErrLength.
func Decode(dst, src []byte) (int, error) {
	n := 0
	for ; 2*n+1 < len(src); n++ {
		hi, ok := fromHex(src[2*n])
		if !ok {
			return n, InvalidByteError(src[2*n])
		}
		lo, ok := fromHex(src[2*n+1])
		if !ok {
			return n, InvalidByteError(src[2*n+1])
		}
		dst[n] = hi<<4 | lo
	}
	if len(src)%2 == 1 {
		if _, ok := fromHex(src[len(src)-1]); !ok {
			return n, InvalidByteError(src[len(src)-1])
		}
		return n, ErrLength
	}
	return n, nil
}

// AppendDecode appends the decoding of src to dst; on error it returns
// dst with the bytes decoded before the error.
func AppendDecode(dst, src []byte) ([]byte, error) {
	buf := make([]byte, len(src)/2)
	n, err := Decode(buf, src)
	return append(dst, buf[:n]...), err
}

// DecodeString returns the bytes whose hex digits are s; on error, the
// bytes decoded before it.
func DecodeString(s string) ([]byte, error) {
	buf := make([]byte, len(s)/2)
	n, err := Decode(buf, []byte(s))
	return buf[:n], err
}

// Dump returns the dump of data in the layout of `hexdump -C`.
func Dump(data []byte) string {
	if len(data) == 0 {
		return ""
	}
	var sb strings.Builder
	d := Dumper(&sb)
	d.Write(data)
	d.Close()
	return sb.String()
}

// dumper buffers one line of up to 16 bytes.
type dumper struct {
	w      io.Writer
	line   [16]byte
	n      int // bytes in line
	offset uint
	closed bool
}

// Dumper returns a WriteCloser writing a hex dump of everything written
// to it to w, in the layout of `hexdump -C`. Close writes the last,
// partial line.
func Dumper(w io.Writer) io.WriteCloser { return &dumper{w: w} }

// flushLine writes the buffered bytes as one dump line.
func (d *dumper) flushLine() error {
	b := make([]byte, 0, 80)
	for shift := 28; shift >= 0; shift -= 4 {
		b = append(b, digits[(d.offset>>uint(shift))&15])
	}
	b = append(b, ' ', ' ')
	for i := 0; i < 16; i++ {
		if i < d.n {
			b = append(b, digits[d.line[i]>>4], digits[d.line[i]&15], ' ')
		} else {
			b = append(b, ' ', ' ', ' ')
		}
		if i == 7 {
			b = append(b, ' ')
		}
	}
	b = append(b, ' ', '|')
	for i := 0; i < d.n; i++ {
		c := d.line[i]
		if c < 32 || c > 126 {
			c = '.'
		}
		b = append(b, c)
	}
	b = append(b, '|', '\n')
	d.offset += uint(d.n)
	d.n = 0
	_, err := d.w.Write(b)
	return err
}

func (d *dumper) Write(data []byte) (n int, err error) {
	if d.closed {
		return 0, errors.New("encoding/hex: dumper closed")
	}
	for _, c := range data {
		d.line[d.n] = c
		d.n++
		if d.n == 16 {
			if err := d.flushLine(); err != nil {
				return n, err
			}
		}
		n++
	}
	return n, nil
}

func (d *dumper) Close() error {
	if d.closed {
		return nil
	}
	d.closed = true
	if d.n == 0 {
		return nil
	}
	return d.flushLine()
}

type encoder struct{ w io.Writer }

// NewEncoder returns a Writer that writes the hex encoding of what it is
// given to w.
func NewEncoder(w io.Writer) io.Writer { return &encoder{w} }

func (e *encoder) Write(p []byte) (n int, err error) {
	for len(p) > 0 {
		chunk := p
		if len(chunk) > 512 {
			chunk = chunk[:512]
		}
		written, err := e.w.Write(AppendEncode(nil, chunk))
		n += written / 2
		if err != nil {
			return n, err
		}
		p = p[len(chunk):]
	}
	return n, nil
}

type decoder struct {
	r   io.Reader
	err error
	in  []byte // digits read but not yet decoded
}

// NewDecoder returns a Reader that decodes the hex digits read from r.
// An odd number of digits at the end gives io.ErrUnexpectedEOF.
func NewDecoder(r io.Reader) io.Reader { return &decoder{r: r} }

func (d *decoder) Read(p []byte) (n int, err error) {
	if len(d.in) < 2 && d.err == nil {
		// Read once, into a 1024-byte window after any pending digit.
		buf := make([]byte, 1024)
		k := copy(buf, d.in)
		m, rerr := d.r.Read(buf[k:])
		d.in = buf[:k+m]
		d.err = rerr
		if rerr == io.EOF && len(d.in)%2 != 0 {
			if _, ok := fromHex(d.in[len(d.in)-1]); !ok {
				d.err = InvalidByteError(d.in[len(d.in)-1])
			} else {
				d.err = io.ErrUnexpectedEOF
			}
		}
	}
	if avail := len(d.in) / 2; len(p) > avail {
		p = p[:avail]
	}
	k, derr := Decode(p, d.in[:2*len(p)])
	d.in = d.in[2*k:]
	if derr != nil {
		d.in = nil
		d.err = derr
	}
	if len(d.in) < 2 {
		// Errors show once the pending input is used up.
		return k, d.err
	}
	return k, derr
}
