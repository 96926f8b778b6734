// Package fnv (golite, hash/fnv): the Fowler–Noll–Vo hashes FNV-1 and
// FNV-1a in 32, 64 and 128 bits, in Go.
package fnv

import (
	"hash"
	"math/bits"
)

const (
	offset32 uint32 = 2166136261
	prime32  uint32 = 16777619
	offset64 uint64 = 14695981039346656037
	prime64  uint64 = 1099511628211
	// The 128-bit offset basis, in two halves; the prime is 2^88 + 0x13b.
	offset128Hi uint64 = 0x6c62272e07bb0142
	offset128Lo uint64 = 0x62b821756295c58d
	prime128Low uint64 = 0x13b
	prime128Sh         = 88 - 64
)

type sum32 uint32
type sum32a uint32
type sum64 uint64
type sum64a uint64
type sum128 [2]uint64
type sum128a [2]uint64

// New32 returns a new 32-bit FNV-1 hash.
func New32() hash.Hash32 {
	s := sum32(offset32)
	return &s
}

// New32a returns a new 32-bit FNV-1a hash.
func New32a() hash.Hash32 {
	s := sum32a(offset32)
	return &s
}

// New64 returns a new 64-bit FNV-1 hash.
func New64() hash.Hash64 {
	s := sum64(offset64)
	return &s
}

// New64a returns a new 64-bit FNV-1a hash.
func New64a() hash.Hash64 {
	s := sum64a(offset64)
	return &s
}

// New128 returns a new 128-bit FNV-1 hash.
func New128() hash.Hash {
	s := &sum128{}
	s.Reset()
	return s
}

// New128a returns a new 128-bit FNV-1a hash.
func New128a() hash.Hash {
	s := &sum128a{}
	s.Reset()
	return s
}

func (s *sum32) Reset()  { *s = sum32(offset32) }
func (s *sum32a) Reset() { *s = sum32a(offset32) }
func (s *sum64) Reset()  { *s = sum64(offset64) }
func (s *sum64a) Reset() { *s = sum64a(offset64) }
func (s *sum128) Reset() {
	s[0] = offset128Hi
	s[1] = offset128Lo
}
func (s *sum128a) Reset() {
	s[0] = offset128Hi
	s[1] = offset128Lo
}

func (s *sum32) Sum32() uint32  { return uint32(*s) }
func (s *sum32a) Sum32() uint32 { return uint32(*s) }
func (s *sum64) Sum64() uint64  { return uint64(*s) }
func (s *sum64a) Sum64() uint64 { return uint64(*s) }

func (s *sum32) Write(data []byte) (int, error) {
	h := uint32(*s)
	for _, c := range data {
		h *= prime32
		h ^= uint32(c)
	}
	*s = sum32(h)
	return len(data), nil
}

func (s *sum32a) Write(data []byte) (int, error) {
	h := uint32(*s)
	for _, c := range data {
		h ^= uint32(c)
		h *= prime32
	}
	*s = sum32a(h)
	return len(data), nil
}

func (s *sum64) Write(data []byte) (int, error) {
	h := uint64(*s)
	for _, c := range data {
		h *= prime64
		h ^= uint64(c)
	}
	*s = sum64(h)
	return len(data), nil
}

func (s *sum64a) Write(data []byte) (int, error) {
	h := uint64(*s)
	for _, c := range data {
		h ^= uint64(c)
		h *= prime64
	}
	*s = sum64a(h)
	return len(data), nil
}

// mul128 multiplies the 128-bit number hi:lo by the FNV 128-bit prime.
func mul128(hi, lo uint64) (uint64, uint64) {
	carry, low := bits.Mul64(lo, prime128Low)
	high := hi*prime128Low + carry + lo<<prime128Sh
	return high, low
}

func (s *sum128) Write(data []byte) (int, error) {
	for _, c := range data {
		s[0], s[1] = mul128(s[0], s[1])
		s[1] ^= uint64(c)
	}
	return len(data), nil
}

func (s *sum128a) Write(data []byte) (int, error) {
	for _, c := range data {
		s[1] ^= uint64(c)
		s[0], s[1] = mul128(s[0], s[1])
	}
	return len(data), nil
}

func (s *sum32) Size() int   { return 4 }
func (s *sum32a) Size() int  { return 4 }
func (s *sum64) Size() int   { return 8 }
func (s *sum64a) Size() int  { return 8 }
func (s *sum128) Size() int  { return 16 }
func (s *sum128a) Size() int { return 16 }

func (s *sum32) BlockSize() int   { return 1 }
func (s *sum32a) BlockSize() int  { return 1 }
func (s *sum64) BlockSize() int   { return 1 }
func (s *sum64a) BlockSize() int  { return 1 }
func (s *sum128) BlockSize() int  { return 1 }
func (s *sum128a) BlockSize() int { return 1 }

// appendBE appends the n low bytes of v to b, most significant first.
func appendBE(b []byte, v uint64, n int) []byte {
	for i := n - 1; i >= 0; i-- {
		b = append(b, byte(v>>(8*uint(i))))
	}
	return b
}

func (s *sum32) Sum(in []byte) []byte  { return appendBE(in, uint64(*s), 4) }
func (s *sum32a) Sum(in []byte) []byte { return appendBE(in, uint64(*s), 4) }
func (s *sum64) Sum(in []byte) []byte  { return appendBE(in, uint64(*s), 8) }
func (s *sum64a) Sum(in []byte) []byte { return appendBE(in, uint64(*s), 8) }
func (s *sum128) Sum(in []byte) []byte {
	return appendBE(appendBE(in, s[0], 8), s[1], 8)
}
func (s *sum128a) Sum(in []byte) []byte {
	return appendBE(appendBE(in, s[0], 8), s[1], 8)
}
