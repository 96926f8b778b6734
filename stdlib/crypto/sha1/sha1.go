// Package sha1 (golite, crypto/sha1): the SHA-1 hash of FIPS 180-4, in
// Go. SHA-1 is broken for security purposes; use it only for
// compatibility.
package sha1

import (
	"hash"
	"internal/mdhash"
	"math/bits"
)

// Size is the length of a SHA-1 checksum in bytes.
const Size = 20

// BlockSize is the block size of SHA-1 in bytes.
const BlockSize = 64

type digest struct {
	h [5]uint32
	f mdhash.Framer
}

// New returns a new hash.Hash computing SHA-1.
func New() hash.Hash {
	d := new(digest)
	d.Reset()
	return d
}

func (d *digest) Reset() {
	d.h = [5]uint32{0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0}
	d.f.Reset()
}

func (d *digest) Size() int      { return Size }
func (d *digest) BlockSize() int { return BlockSize }

func (d *digest) block(p []byte) {
	var w [80]uint32
	mdhash.LoadWords(w[:16], p, false)
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
	for len(p) > 0 {
		var blk []byte
		if blk, p = d.f.Fill(p); blk != nil {
			d.block(blk)
		}
	}
	return nn, nil
}

// appendSum appends the digest of everything written, leaving d as is.
func (d *digest) appendSum(in []byte) []byte {
	e := *d
	e.Write(e.f.Padding(false))
	return mdhash.AppendWords(in, e.h[:], false)
}

func (d *digest) Sum(in []byte) []byte { return d.appendSum(in) }

// Sum returns the SHA-1 checksum of data.
func Sum(data []byte) [Size]byte {
	d := new(digest)
	d.Reset()
	d.Write(data)
	var out [Size]byte
	copy(out[:], d.appendSum(nil))
	return out
}
