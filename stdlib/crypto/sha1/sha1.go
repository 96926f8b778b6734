// Package sha1 (golite, crypto/sha1): the SHA-1 hash of FIPS 180-4, in
// Go. SHA-1 is broken for security purposes; use it only for
// compatibility.
package sha1

import (
	"hash"
	"math/bits"
)

// Size is the length of a SHA-1 checksum in bytes.
const Size = 20

// BlockSize is the block size of SHA-1 in bytes.
const BlockSize = 64

type digest struct {
	h   [5]uint32
	buf [BlockSize]byte
	nb  int
	n   uint64
}

// New returns a new hash.Hash computing SHA-1.
func New() hash.Hash {
	d := new(digest)
	d.Reset()
	return d
}

func (d *digest) Reset() {
	d.h = [5]uint32{0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0}
	d.nb = 0
	d.n = 0
}

func (d *digest) Size() int      { return Size }
func (d *digest) BlockSize() int { return BlockSize }

func (d *digest) block(p []byte) {
	var w [80]uint32
	for i := 0; i < 16; i++ {
		w[i] = uint32(p[4*i])<<24 | uint32(p[4*i+1])<<16 | uint32(p[4*i+2])<<8 | uint32(p[4*i+3])
	}
	for t := 16; t < 80; t++ {
		w[t] = bits.RotateLeft32(w[t-3]^w[t-8]^w[t-14]^w[t-16], 1)
	}
	a, b, c, dd, e := d.h[0], d.h[1], d.h[2], d.h[3], d.h[4]
	for t := 0; t < 80; t++ {
		var f, k uint32
		switch {
		case t < 20:
			f = b&c | ^b&dd
			k = 0x5a827999
		case t < 40:
			f = b ^ c ^ dd
			k = 0x6ed9eba1
		case t < 60:
			f = b&c | b&dd | c&dd
			k = 0x8f1bbcdc
		default:
			f = b ^ c ^ dd
			k = 0xca62c1d6
		}
		tmp := bits.RotateLeft32(a, 5) + f + e + k + w[t]
		e = dd
		dd = c
		c = bits.RotateLeft32(b, 30)
		b = a
		a = tmp
	}
	d.h[0] += a
	d.h[1] += b
	d.h[2] += c
	d.h[3] += dd
	d.h[4] += e
}

func (d *digest) Write(p []byte) (nn int, err error) {
	nn = len(p)
	d.n += uint64(nn)
	for len(p) > 0 {
		k := copy(d.buf[d.nb:], p)
		d.nb += k
		p = p[k:]
		if d.nb == BlockSize {
			d.block(d.buf[:])
			d.nb = 0
		}
	}
	return nn, nil
}

func (d *digest) checkSum() [Size]byte {
	e := *d
	bitLen := e.n * 8
	pad := make([]byte, 0, 72)
	pad = append(pad, 0x80)
	for (int(e.n%BlockSize)+len(pad))%BlockSize != 56 {
		pad = append(pad, 0)
	}
	for i := 7; i >= 0; i-- {
		pad = append(pad, byte(bitLen>>(8*uint(i))))
	}
	e.Write(pad)
	var out [Size]byte
	for i, v := range e.h {
		out[4*i] = byte(v >> 24)
		out[4*i+1] = byte(v >> 16)
		out[4*i+2] = byte(v >> 8)
		out[4*i+3] = byte(v)
	}
	return out
}

func (d *digest) Sum(in []byte) []byte {
	s := d.checkSum()
	return append(in, s[:]...)
}

// Sum returns the SHA-1 checksum of data.
func Sum(data []byte) [Size]byte {
	d := new(digest)
	d.Reset()
	d.Write(data)
	return d.checkSum()
}
