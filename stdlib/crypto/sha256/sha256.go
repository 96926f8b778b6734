// Package sha256 (golite, crypto/sha256): the SHA-224 and SHA-256 hashes
// of FIPS 180-4, in Go.
package sha256

import (
	"hash"
	"internal/mdhash"
	"math/bits"
)

// Size is the length of a SHA-256 checksum in bytes.
const Size = 32

// Size224 is the length of a SHA-224 checksum in bytes.
const Size224 = 28

// BlockSize is the block size of SHA-224 and SHA-256 in bytes.
const BlockSize = 64

// roundK holds the first 32 bits of the fractional parts of the cube
// roots of the first 64 primes.
var roundK = [64]uint32{
	0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
	0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
	0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
	0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
	0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
	0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
	0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
	0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
}

// Initial states: SHA-256 from the square roots of the first 8 primes,
// SHA-224 from the next 32 bits of those of the 9th to 16th primes.
var init256 = [8]uint32{0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19}
var init224 = [8]uint32{0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4}

type digest struct {
	h     [8]uint32
	f     mdhash.Framer
	is224 bool
}

// New returns a new hash.Hash computing SHA-256.
func New() hash.Hash {
	d := new(digest)
	d.Reset()
	return d
}

// New224 returns a new hash.Hash computing SHA-224.
func New224() hash.Hash {
	d := &digest{is224: true}
	d.Reset()
	return d
}

func (d *digest) Reset() {
	if d.is224 {
		d.h = init224
	} else {
		d.h = init256
	}
	d.f.Reset()
}

func (d *digest) Size() int {
	if d.is224 {
		return Size224
	}
	return Size
}

func (d *digest) BlockSize() int { return BlockSize }

func (d *digest) block(p []byte) {
	var w [64]uint32
	mdhash.LoadWords(w[:16], p, false)
	for t := 16; t < 64; t++ {
		s0 := bits.RotateLeft32(w[t-15], -7) ^ bits.RotateLeft32(w[t-15], -18) ^ w[t-15]>>3
		s1 := bits.RotateLeft32(w[t-2], -17) ^ bits.RotateLeft32(w[t-2], -19) ^ w[t-2]>>10
		w[t] = w[t-16] + s0 + w[t-7] + s1
	}
	a, b, c, dd, e, f, g, h := d.h[0], d.h[1], d.h[2], d.h[3], d.h[4], d.h[5], d.h[6], d.h[7]
	for t := 0; t < 64; t++ {
		sum1 := bits.RotateLeft32(e, -6) ^ bits.RotateLeft32(e, -11) ^ bits.RotateLeft32(e, -25)
		ch := e&f ^ ^e&g
		t1 := h + sum1 + ch + roundK[t] + w[t]
		sum0 := bits.RotateLeft32(a, -2) ^ bits.RotateLeft32(a, -13) ^ bits.RotateLeft32(a, -22)
		maj := a&b ^ a&c ^ b&c
		t2 := sum0 + maj
		h = g
		g = f
		f = e
		e = dd + t1
		dd = c
		c = b
		b = a
		a = t1 + t2
	}
	d.h[0] += a
	d.h[1] += b
	d.h[2] += c
	d.h[3] += dd
	d.h[4] += e
	d.h[5] += f
	d.h[6] += g
	d.h[7] += h
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

// appendSum appends the digest of everything written (28 or 32 bytes),
// leaving d as is.
func (d *digest) appendSum(in []byte) []byte {
	e := *d
	e.Write(e.f.Padding(false))
	words := e.h[:]
	if e.is224 {
		words = words[:7]
	}
	return mdhash.AppendWords(in, words, false)
}

func (d *digest) Sum(in []byte) []byte { return d.appendSum(in) }

// Sum256 returns the SHA-256 checksum of data.
func Sum256(data []byte) [Size]byte {
	d := new(digest)
	d.Reset()
	d.Write(data)
	var out [Size]byte
	copy(out[:], d.appendSum(nil))
	return out
}

// Sum224 returns the SHA-224 checksum of data.
func Sum224(data []byte) [Size224]byte {
	d := &digest{is224: true}
	d.Reset()
	d.Write(data)
	var out [Size224]byte
	copy(out[:], d.appendSum(nil))
	return out
}
