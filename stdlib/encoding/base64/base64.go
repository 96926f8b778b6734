// Package base64 (golite, encoding/base64): the base64 encodings of
// RFC 4648, in Go.
package base64

import (
	"io"
	"strconv"
)

// Encoding is one base64 alphabet with its padding rule.
type Encoding struct {
	encode    [64]byte
	decodeMap [256]uint8 // 0xff for bytes outside the alphabet
	padChar   rune
	strict    bool
}

const (
	// StdPadding is the standard padding character '='.
	StdPadding rune = '='
	// NoPadding means no padding.
	NoPadding rune = -1
)

const (
	stdAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	urlAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
)

// NewEncoding returns a padded Encoding over the 64-byte alphabet encoder,
// which must hold 64 distinct bytes and no '\n' or '\r'.
func NewEncoding(encoder string) *Encoding {
	if len(encoder) != 64 {
		panic("encoding alphabet is not 64-bytes long")
	}
	e := new(Encoding)
	e.padChar = StdPadding
	for i := 0; i < 256; i++ {
		e.decodeMap[i] = 0xff
	}
	for i := 0; i < 64; i++ {
		c := encoder[i]
		if c == '\n' || c == '\r' {
			panic("encoding alphabet contains newline character")
		}
		if e.decodeMap[c] != 0xff {
			panic("encoding alphabet includes duplicate symbols")
		}
		e.encode[i] = c
		e.decodeMap[c] = uint8(i)
	}
	return e
}

// WithPadding returns a copy of enc padding with padding (or NoPadding).
// The padding must not be '\r', '\n', above 0xff, or in the alphabet.
func (enc Encoding) WithPadding(padding rune) *Encoding {
	if padding == '\r' || padding == '\n' || padding > 0xff {
		panic("invalid padding")
	}
	if padding != NoPadding && enc.decodeMap[byte(padding)] != 0xff {
		panic("padding contained in alphabet")
	}
	enc.padChar = padding
	return &enc
}

// Strict returns a copy of enc that rejects encodings whose unused
// trailing bits are not zero.
func (enc Encoding) Strict() *Encoding {
	enc.strict = true
	return &enc
}

// The standard encodings of RFC 4648, padded and raw (unpadded).
var (
	StdEncoding    = NewEncoding(stdAlphabet)
	URLEncoding    = NewEncoding(urlAlphabet)
	RawStdEncoding = StdEncoding.WithPadding(NoPadding)
	RawURLEncoding = URLEncoding.WithPadding(NoPadding)
)

// CorruptInputError is the offset in the input of the first byte that
// makes it invalid.
type CorruptInputError int64

func (e CorruptInputError) Error() string {
	return "illegal base64 data at input byte " + strconv.FormatInt(int64(e), 10)
}

// EncodedLen returns the length of the encoding of n bytes.
func (enc *Encoding) EncodedLen(n int) int {
	if enc.padChar == NoPadding {
		return n/3*4 + (n%3*8+5)/6
	}
	return (n + 2) / 3 * 4
}

// DecodedLen returns the largest length the decoding of n encoded bytes
// can have.
func (enc *Encoding) DecodedLen(n int) int {
	if enc.padChar == NoPadding {
		return n * 6 / 8
	}
	return n / 4 * 3
}

// Encode writes the encoding of src to dst, which must have room for
// EncodedLen(len(src)) bytes.
func (enc *Encoding) Encode(dst, src []byte) {
	di := 0
	for len(src) > 0 {
		var v uint
		n := len(src)
		if n > 3 {
			n = 3
		}
		for i := 0; i < 3; i++ {
			v <<= 8
			if i < n {
				v |= uint(src[i])
			}
		}
		chars := n + 1
		for i := 0; i < 4; i++ {
			if i < chars {
				dst[di] = enc.encode[v>>(18-6*uint(i))&0x3f]
				di++
			} else if enc.padChar != NoPadding {
				dst[di] = byte(enc.padChar)
				di++
			}
		}
		src = src[n:]
	}
}

// AppendEncode appends the encoding of src to dst.
func (enc *Encoding) AppendEncode(dst, src []byte) []byte {
	buf := make([]byte, enc.EncodedLen(len(src)))
	enc.Encode(buf, src)
	return append(dst, buf...)
}

// EncodeToString returns the encoding of src.
func (enc *Encoding) EncodeToString(src []byte) string {
	buf := make([]byte, enc.EncodedLen(len(src)))
	enc.Encode(buf, src)
	return string(buf)
}

// quantum decodes the group of up to four characters starting at src[si]
// (skipping '\r' and '\n') into dst. It returns the index after the group,
// the number of bytes written, and whether decoding ends here.
func (enc *Encoding) quantum(dst, src []byte, si int) (int, int, bool, error) {
	var vals [4]byte
	j := 0
	dlen := 4
	for j < 4 {
		if si == len(src) {
			if j == 0 {
				return si, 0, true, nil
			}
			if j == 1 || enc.padChar != NoPadding {
				return si, 0, true, CorruptInputError(si - j)
			}
			dlen = j
			break
		}
		c := src[si]
		si++
		if v := enc.decodeMap[c]; v != 0xff {
			vals[j] = v
			j++
			continue
		}
		if c == '\n' || c == '\r' {
			continue
		}
		if rune(c) != enc.padChar {
			return si, 0, true, CorruptInputError(si - 1)
		}
		// Padding: allowed after two or three characters only.
		if j < 2 {
			return si, 0, true, CorruptInputError(si - 1)
		}
		if j == 2 {
			for si < len(src) && (src[si] == '\n' || src[si] == '\r') {
				si++
			}
			if si == len(src) {
				return si, 0, true, CorruptInputError(len(src))
			}
			if rune(src[si]) != enc.padChar {
				return si, 0, true, CorruptInputError(si - 1)
			}
			si++
		}
		for si < len(src) && (src[si] == '\n' || src[si] == '\r') {
			si++
		}
		var err error
		if si < len(src) {
			err = CorruptInputError(si)
		}
		n, err2 := enc.store(dst, vals, j, si)
		if err2 != nil {
			return si, 0, true, err2
		}
		return si, n, true, err
	}
	n, err := enc.store(dst, vals, dlen, si)
	if err != nil {
		return si, 0, true, err
	}
	return si, n, dlen < 4, nil
}

// store writes the bytes of a group of k decoded characters.
func (enc *Encoding) store(dst []byte, vals [4]byte, k int, si int) (int, error) {
	v := uint(vals[0])<<18 | uint(vals[1])<<12 | uint(vals[2])<<6 | uint(vals[3])
	b0, b1, b2 := byte(v>>16), byte(v>>8), byte(v)
	switch k {
	case 4:
		dst[2] = b2
		b2 = 0
		dst[1] = b1
		b1 = 0
		dst[0] = b0
		return 3, nil
	case 3:
		dst[1] = b1
		dst[0] = b0
		if enc.strict && b2 != 0 {
			return 0, CorruptInputError(si - 1)
		}
		return 2, nil
	default:
		dst[0] = b0
		if enc.strict && (b1 != 0 || b2 != 0) {
			return 0, CorruptInputError(si - 2)
		}
		return 1, nil
	}
}

// Decode decodes src into dst, which needs room for
// DecodedLen(len(src)) bytes, and returns the number of bytes written.
// '\r' and '\n' in src are ignored. On malformed input it returns the
// bytes written so far and a CorruptInputError.
func (enc *Encoding) Decode(dst, src []byte) (n int, err error) {
	si := 0
	for {
		var k int
		var done bool
		var tmp [3]byte
		si, k, done, err = enc.quantum(tmp[:], src, si)
		copy(dst[n:], tmp[:k])
		n += k
		if done || err != nil {
			return n, err
		}
	}
}

// AppendDecode appends the decoding of src to dst; on error it returns
// dst with the bytes decoded before the error.
func (enc *Encoding) AppendDecode(dst, src []byte) ([]byte, error) {
	buf := make([]byte, enc.DecodedLen(len(src))+3)
	n, err := enc.Decode(buf, src)
	return append(dst, buf[:n]...), err
}

// DecodeString returns the bytes encoded by s; on error, the bytes
// decoded before it.
func (enc *Encoding) DecodeString(s string) ([]byte, error) {
	buf := make([]byte, enc.DecodedLen(len(s))+3)
	n, err := enc.Decode(buf, []byte(s))
	return buf[:n], err
}

type encoder struct {
	enc    *Encoding
	w      io.Writer
	part   []byte // up to two bytes waiting for a full group
	err    error
	closed bool
}

// NewEncoder returns a WriteCloser encoding what is written to it onto w.
// Close must be called to write the last partial group.
func NewEncoder(enc *Encoding, w io.Writer) io.WriteCloser {
	return &encoder{enc: enc, w: w}
}

func (e *encoder) Write(p []byte) (n int, err error) {
	if e.err != nil {
		return 0, e.err
	}
	all := append(append([]byte(nil), e.part...), p...)
	full := len(all) / 3 * 3
	if full > 0 {
		buf := make([]byte, e.enc.EncodedLen(full))
		e.enc.Encode(buf, all[:full])
		if _, e.err = e.w.Write(buf); e.err != nil {
			return 0, e.err
		}
	}
	e.part = append(e.part[:0], all[full:]...)
	return len(p), nil
}

func (e *encoder) Close() error {
	if e.err == nil && len(e.part) > 0 {
		buf := make([]byte, e.enc.EncodedLen(len(e.part)))
		e.enc.Encode(buf, e.part)
		_, e.err = e.w.Write(buf)
		e.part = nil
	}
	return e.err
}

type decoder struct {
	enc     *Encoding
	r       io.Reader
	buf     []byte // input read (without '\r' and '\n'), not yet decoded
	out     []byte // decoded bytes not yet returned
	err     error  // sticky decoding or final error
	readErr error  // error from r
}

// NewDecoder returns a Reader decoding the base64 data read from r.
// Input is decoded in whole groups of four characters as it arrives; an
// incomplete group at the end is an io.ErrUnexpectedEOF (or, for an
// unpadded encoding, decoded as the final group).
func NewDecoder(enc *Encoding, r io.Reader) io.Reader {
	return &decoder{enc: enc, r: r}
}

// fill reads up to want more bytes from r, dropping newlines, and retries
// while a read brought only newlines.
func (d *decoder) fill(want int) {
	tmp := make([]byte, want)
	for {
		n, err := d.r.Read(tmp)
		kept := 0
		for _, c := range tmp[:n] {
			if c != '\n' && c != '\r' {
				d.buf = append(d.buf, c)
				kept++
			}
		}
		d.readErr = err
		if kept > 0 || err != nil || n == 0 {
			return
		}
	}
}

func (d *decoder) Read(p []byte) (n int, err error) {
	if len(d.out) > 0 {
		n = copy(p, d.out)
		d.out = d.out[n:]
		return n, nil
	}
	if d.err != nil {
		return 0, d.err
	}
	for len(d.buf) < 4 && d.readErr == nil {
		want := len(p) / 3 * 4
		if want < 4 {
			want = 4
		}
		if want > 1024 {
			want = 1024
		}
		if want <= len(d.buf) {
			want = len(d.buf) + 1
		}
		d.fill(want - len(d.buf))
	}
	if len(d.buf) < 4 {
		if d.enc.padChar == NoPadding && len(d.buf) > 0 {
			out := make([]byte, 3)
			k, derr := d.enc.Decode(out, d.buf)
			d.buf = nil
			d.err = derr
			d.out = out[:k]
			n = copy(p, d.out)
			d.out = d.out[n:]
			if n > 0 || (len(p) == 0 && len(d.out) > 0) {
				return n, nil
			}
			if d.err != nil {
				return 0, d.err
			}
		}
		d.err = d.readErr
		if d.err == io.EOF && len(d.buf) > 0 {
			d.err = io.ErrUnexpectedEOF
		}
		return 0, d.err
	}
	whole := len(d.buf) / 4 * 4
	out := make([]byte, whole/4*3)
	k, derr := d.enc.Decode(out, d.buf[:whole])
	d.buf = append([]byte(nil), d.buf[whole:]...)
	d.err = derr
	n = copy(p, out[:k])
	d.out = out[n:k]
	return n, d.err
}
