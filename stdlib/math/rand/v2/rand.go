// Package rand (golite, math/rand/v2): pseudo-random numbers, second
// version. Rand's methods and the PCG source are Go with Go's algorithms
// (rand.New(rand.NewPCG(s1, s2)) yields Go's exact sequence); the
// top-level functions are natives over golite's global generator
// (randomly seeded, as in Go). ChaCha8 and Zipf are not provided.
package rand

import (
	"math"
	"math/bits"
	"sync"
)

// Source produces uniform pseudo-random uint64 values over the whole
// range.
type Source interface {
	Uint64() uint64
}

// Rand turns the values of a Source into numbers of the shapes and
// distributions its methods name.
type Rand struct {
	src Source
}

// New returns a Rand drawing from src.
func New(src Source) *Rand {
	return &Rand{src: src}
}

// Int64 draws an int64 in [0, 1<<63).
func (r *Rand) Int64() int64 { return int64(r.src.Uint64() &^ (1 << 63)) }

// Uint32 draws a uint32 (the high half of one Uint64).
func (r *Rand) Uint32() uint32 { return uint32(r.src.Uint64() >> 32) }

// Uint64 draws a uint64 over the whole range.
func (r *Rand) Uint64() uint64 { return r.src.Uint64() }

// Int32 draws an int32 in [0, 1<<31).
func (r *Rand) Int32() int32 { return int32(r.src.Uint64() >> 33) }

// Int draws a non-negative int.
func (r *Rand) Int() int { return int(uint(r.src.Uint64()) << 1 >> 1) }

// Uint draws a uint over the whole range.
func (r *Rand) Uint() uint { return uint(r.src.Uint64()) }

// Int64N draws an int64 in [0, n); n must be positive (else it panics).
func (r *Rand) Int64N(n int64) int64 {
	if n <= 0 {
		panic("invalid argument to Int64N")
	}
	return int64(r.uint64n(uint64(n)))
}

// Uint64N draws a uint64 in [0, n); n must not be 0 (else it panics).
func (r *Rand) Uint64N(n uint64) uint64 {
	if n == 0 {
		panic("invalid argument to Uint64N")
	}
	return r.uint64n(n)
}

// uint64n is Uint64N without the check, by Lemire's multiply-shift
// method with rejection.
func (r *Rand) uint64n(n uint64) uint64 {
	if n&(n-1) == 0 { // a power of two: take the low bits
		return r.Uint64() & (n - 1)
	}
	hi, lo := bits.Mul64(r.Uint64(), n)
	if lo < n {
		thresh := -n % n
		for lo < thresh {
			hi, lo = bits.Mul64(r.Uint64(), n)
		}
	}
	return hi
}

// Int32N draws an int32 in [0, n); n must be positive (else it panics).
func (r *Rand) Int32N(n int32) int32 {
	if n <= 0 {
		panic("invalid argument to Int32N")
	}
	return int32(r.uint64n(uint64(n)))
}

// Uint32N draws a uint32 in [0, n); n must not be 0 (else it panics).
func (r *Rand) Uint32N(n uint32) uint32 {
	if n == 0 {
		panic("invalid argument to Uint32N")
	}
	return uint32(r.uint64n(uint64(n)))
}

// IntN draws an int in [0, n); n must be positive (else it panics).
func (r *Rand) IntN(n int) int {
	if n <= 0 {
		panic("invalid argument to IntN")
	}
	return int(r.uint64n(uint64(n)))
}

// UintN draws a uint in [0, n); n must not be 0 (else it panics).
func (r *Rand) UintN(n uint) uint {
	if n == 0 {
		panic("invalid argument to UintN")
	}
	return uint(r.uint64n(uint64(n)))
}

// Float64 draws a float64 in [0, 1).
func (r *Rand) Float64() float64 {
	// 53 random bits over 2^53.
	return float64(r.Uint64()<<11>>11) / (1 << 53)
}

// Float32 draws a float32 in [0, 1).
func (r *Rand) Float32() float32 {
	// 24 random bits over 2^24.
	return float32(r.Uint32()<<8>>8) / (1 << 24)
}

// Perm returns the integers 0 to n-1 in a random order.
func (r *Rand) Perm(n int) []int {
	p := make([]int, n)
	for i := range p {
		p[i] = i
	}
	r.Shuffle(len(p), func(i, j int) { p[i], p[j] = p[j], p[i] })
	return p
}

// Shuffle puts n elements in a random order, calling swap(i, j) to
// exchange two of them; a negative n panics.
func (r *Rand) Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
		panic("invalid argument to Shuffle")
	}
	for i := n - 1; i > 0; i-- {
		j := int(r.uint64n(uint64(i + 1)))
		swap(i, j)
	}
}

// NormFloat64 draws from the standard normal distribution (mean 0,
// standard deviation 1) with the ziggurat method.
func (r *Rand) NormFloat64() float64 {
	zigOnce.Do(initZiggurat)
	for {
		u := r.Uint64()
		j := int32(u) // the sign gives the result's sign
		i := u >> 32 & 0x7F
		x := float64(j) * float64(wn[i])
		if absInt32(j) < kn[i] {
			return x
		}
		if i == 0 {
			// The tail, by Marsaglia's method.
			for {
				x = -math.Log(r.Float64()) * (1.0 / rn)
				y := -math.Log(r.Float64())
				if y+y >= x*x {
					break
				}
			}
			if j > 0 {
				return rn + x
			}
			return -rn - x
		}
		if fn[i]+float32(r.Float64())*(fn[i-1]-fn[i]) < float32(math.Exp(-.5*x*x)) {
			return x
		}
	}
}

// ExpFloat64 draws from the exponential distribution with rate 1 (so
// mean 1); the result is positive.
func (r *Rand) ExpFloat64() float64 {
	zigOnce.Do(initZiggurat)
	for {
		u := r.Uint64()
		j := uint32(u)
		i := uint8(u >> 32)
		x := float64(j) * float64(we[i])
		if j < ke[i] {
			return x
		}
		if i == 0 {
			return re - math.Log(r.Float64())
		}
		if fe[i]+float32(r.Float64())*(fe[i-1]-fe[i]) < float32(math.Exp(-x)) {
			return x
		}
	}
}

func absInt32(i int32) uint32 {
	if i < 0 {
		return uint32(-i)
	}
	return uint32(i)
}

// The ziggurat tables, computed on first use exactly as math/rand's.
const (
	rn = 3.442619855899
	re = 7.69711747013104972
)

var (
	zigOnce sync.Once
	kn      [128]uint32
	wn, fn  [128]float32
	ke      [256]uint32
	we, fe  [256]float32
)

func initZiggurat() {
	const m1 = 1 << 31
	dn := float64(rn)
	tn := dn
	const vn = 9.91256303526217e-3
	q := vn / math.Exp(-.5*dn*dn)
	kn[0] = uint32((dn / q) * m1)
	kn[1] = 0
	wn[0] = float32(q / m1)
	wn[127] = float32(dn / m1)
	fn[0] = 1
	fn[127] = float32(math.Exp(-.5 * dn * dn))
	for i := 126; i >= 1; i-- {
		dn = math.Sqrt(-2 * math.Log(vn/dn+math.Exp(-.5*dn*dn)))
		kn[i+1] = uint32((dn / tn) * m1)
		tn = dn
		fn[i] = float32(math.Exp(-.5 * dn * dn))
		wn[i] = float32(dn / m1)
	}

	const m2 = 1 << 32
	de := float64(re)
	te := de
	const ve = 3.949659822581572e-3
	q = ve / math.Exp(-de)
	ke[0] = uint32((de / q) * m2)
	ke[1] = 0
	we[0] = float32(q / m2)
	we[255] = float32(de / m2)
	fe[0] = 1
	fe[255] = float32(math.Exp(-de))
	for i := 254; i >= 1; i-- {
		de = -math.Log(ve/de + math.Exp(-de))
		ke[i+1] = uint32((de / te) * m2)
		te = de
		fe[i] = float32(math.Exp(-de))
		we[i] = float32(de / m2)
	}
}

// PCG is the permuted congruential generator: a 128-bit linear
// congruential state with DXSM output mixing. A zero PCG acts like
// NewPCG(0, 0).
type PCG struct {
	hi uint64
	lo uint64
}

// NewPCG returns a PCG whose state starts as seed1:seed2.
func NewPCG(seed1, seed2 uint64) *PCG {
	return &PCG{seed1, seed2}
}

// Seed restarts p as if it were NewPCG(seed1, seed2).
func (p *PCG) Seed(seed1, seed2 uint64) {
	p.hi = seed1
	p.lo = seed2
}

// next advances the LCG: state = state*mul + inc (mod 2^128).
func (p *PCG) next() (hi, lo uint64) {
	const (
		mulHi = 2549297995355413924
		mulLo = 4865540595714422341
		incHi = 6364136223846793005
		incLo = 1442695040888963407
	)
	hi, lo = bits.Mul64(p.lo, mulLo)
	hi += p.hi*mulLo + p.lo*mulHi
	lo, c := bits.Add64(lo, incLo, 0)
	hi, _ = bits.Add64(hi, incHi, c)
	p.lo = lo
	p.hi = hi
	return hi, lo
}

// Uint64 advances the state and returns its mixed output.
func (p *PCG) Uint64() uint64 {
	hi, lo := p.next()
	// DXSM output: xorshift, multiply, xorshift, multiply by lo|1.
	const cheapMul = 0xda942042e4dd58b5
	hi ^= hi >> 32
	hi *= cheapMul
	hi ^= hi >> (3 * 16)
	hi *= (lo | 1)
	return hi
}

// MarshalBinary encodes the state as AppendBinary does.
func (p *PCG) MarshalBinary() ([]byte, error) {
	return p.AppendBinary(make([]byte, 0, 20))
}

// AppendBinary appends "pcg:" and the 128-bit state, big-endian.
func (p *PCG) AppendBinary(b []byte) ([]byte, error) {
	b = append(b, "pcg:"...)
	b = appendBE64(b, p.hi)
	b = appendBE64(b, p.lo)
	return b, nil
}

func appendBE64(b []byte, v uint64) []byte {
	return append(b, byte(v>>56), byte(v>>48), byte(v>>40), byte(v>>32), byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
}

func beUint64(b []byte) uint64 {
	return uint64(b[7]) | uint64(b[6])<<8 | uint64(b[5])<<16 | uint64(b[4])<<24 |
		uint64(b[3])<<32 | uint64(b[2])<<40 | uint64(b[1])<<48 | uint64(b[0])<<56
}

// UnmarshalBinary restores a state encoded by MarshalBinary.
func (p *PCG) UnmarshalBinary(data []byte) error {
	if len(data) != 20 || string(data[:4]) != "pcg:" {
		return errUnmarshalPCG
	}
	p.hi = beUint64(data[4:])
	p.lo = beUint64(data[12:])
	return nil
}

var errUnmarshalPCG = pcgError("invalid PCG encoding")

type pcgError string

func (e pcgError) Error() string { return string(e) }
