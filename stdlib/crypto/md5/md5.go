// Package md5 (golite, crypto/md5): the MD5 hash of RFC 1321, in Go.
// MD5 is broken for security purposes; use it only for compatibility.
package md5

import (
	"hash"
	"internal/mdhash"
	"math/bits"
)

// Size is the length of an MD5 checksum in bytes.
const Size = 16

// BlockSize is the block size of MD5 in bytes.
const BlockSize = 64

// sines holds floor(2^32 * |sin(i+1)|), the per-step constants of RFC 1321.
var sines = [64]uint32{
	0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
	0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
	0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
	0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
	0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
	0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
	0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
	0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
}

// shifts holds the left-rotation amounts of each round's four steps.
var shifts = [16]int{7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21}

type digest struct {
	s [4]uint32
	f mdhash.Framer
}

// New returns a new hash.Hash computing MD5.
func New() hash.Hash {
	d := new(digest)
	d.Reset()
	return d
}

func (d *digest) Reset() {
	d.s = [4]uint32{0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476}
	d.f.Reset()
}

func (d *digest) Size() int      { return Size }
func (d *digest) BlockSize() int { return BlockSize }

// block runs the compression function over one 64-byte block.
func (d *digest) block(p []byte) {
	var m [16]uint32
	mdhash.LoadWords(m[:], p, true)
	a, b, c, dd := d.s[0], d.s[1], d.s[2], d.s[3]
	for i := 0; i < 64; i++ {
		var f uint32
		var g int
		switch i / 16 {
		case 0:
			f = b&c | ^b&dd
			g = i
		case 1:
			f = b&dd | c&^dd
			g = (5*i + 1) % 16
		case 2:
			f = b ^ c ^ dd
			g = (3*i + 5) % 16
		default:
			f = c ^ (b | ^dd)
			g = (7 * i) % 16
		}
		t := a + f + sines[i] + m[g]
		a = dd
		dd = c
		c = b
		b = b + bits.RotateLeft32(t, shifts[i/16*4+i%4])
	}
	d.s[0] += a
	d.s[1] += b
	d.s[2] += c
	d.s[3] += dd
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
	e.Write(e.f.Padding(true))
	return mdhash.AppendWords(in, e.s[:], true)
}

func (d *digest) Sum(in []byte) []byte { return d.appendSum(in) }

// Sum returns the MD5 checksum of data.
func Sum(data []byte) [Size]byte {
	d := new(digest)
	d.Reset()
	d.Write(data)
	var out [Size]byte
	copy(out[:], d.appendSum(nil))
	return out
}
