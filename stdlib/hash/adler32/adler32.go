// Package adler32 (golite, hash/adler32): the Adler-32 checksum of
// RFC 1950, in Go.
package adler32

import "hash"

// Size is the length of an Adler-32 checksum in bytes.
const Size = 4

// mod is the largest prime below 2^16.
const mod = 65521

// digest keeps the two running sums: b in the high half, a in the low.
type digest uint32

// New returns a new hash.Hash32 computing the Adler-32 checksum.
func New() hash.Hash32 {
	d := digest(1)
	return &d
}

func (d *digest) Size() int      { return Size }
func (d *digest) BlockSize() int { return 4 }
func (d *digest) Reset()         { *d = 1 }
func (d *digest) Sum32() uint32  { return uint32(*d) }

func update(d uint32, p []byte) uint32 {
	a, b := d&0xffff, d>>16
	for len(p) > 0 {
		// 5552 bytes is the most that can be summed before b can
		// overflow 32 bits.
		n := len(p)
		if n > 5552 {
			n = 5552
		}
		for _, c := range p[:n] {
			a += uint32(c)
			b += a
		}
		a %= mod
		b %= mod
		p = p[n:]
	}
	return b<<16 | a
}

func (d *digest) Write(p []byte) (nn int, err error) {
	*d = digest(update(uint32(*d), p))
	return len(p), nil
}

func (d *digest) Sum(in []byte) []byte {
	s := uint32(*d)
	return append(in, byte(s>>24), byte(s>>16), byte(s>>8), byte(s))
}

// Checksum computes the Adler-32 of data in one call.
func Checksum(data []byte) uint32 { return update(1, data) }
