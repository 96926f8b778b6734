// Package rand (golite, math/rand): pseudo-random numbers. Rand's methods
// are Go over any Source, with Go's algorithms, so rand.New(rand.NewSource(
// seed)) yields Go's exact sequence; the seeded source itself (rngSource,
// Go's additive lagged Fibonacci generator) is native. The top-level
// functions use golite's global generator through natives (as in Go 1.20+
// they are randomly seeded; Seed is a no-op as in Go 1.24+).
package rand

import (
	"math"
	"sync"
)

// Source produces uniform pseudo-random int64 values in [0, 1<<63).
type Source interface {
	Int63() int64
	Seed(seed int64)
}

// Source64 is a Source that also produces uniform uint64 values over the
// whole range directly.
type Source64 interface {
	Source
	Uint64() uint64
}

const (
	rngLen   = 607
	rngTap   = 273
	rngMax   = 1 << 63
	rngMask  = rngMax - 1
	int32max = (1 << 31) - 1
)

// rngSource is Go's seeded source: an additive lagged Fibonacci generator
// (x[n] = x[n-273] + x[n-607]). Its methods are natives working on these
// fields exactly as Go's: Seed fills vec from the seed with Go's
// seedrand and rngCooked table (tap = 0, feed = rngLen-rngTap); each
// Uint64 call decrements tap and feed (wrapping at 0 to rngLen-1), sets
// vec[feed] += vec[tap] and returns it; Int63 is Uint64 masked to 63 bits.
type rngSource struct {
	tap  int
	feed int
	vec  [rngLen]int64
}

// Seed restarts the generator in the state determined by seed. Native.
func (rng *rngSource) Seed(seed int64)

// Int63 draws a value in [0, 1<<63). Native.
func (rng *rngSource) Int63() int64

// Uint64 draws a full 64-bit value. Native.
func (rng *rngSource) Uint64() uint64

// NewSource returns a Source started from seed. Unlike the generator
// behind the top-level functions, it must not be shared between
// goroutines without locking.
func NewSource(seed int64) Source {
	var rng rngSource
	rng.Seed(seed)
	return &rng
}

// Rand turns the values of a Source into numbers of the shapes and
// distributions its methods name.
type Rand struct {
	src Source
	s64 Source64 // src as a Source64, or nil

	// Read hands out the bytes of one Int63 draw at a time: readVal holds
	// the draw's unused bytes (low first), readPos how many remain.
	readVal int64
	readPos int8
}

// New returns a Rand drawing from src.
func New(src Source) *Rand {
	s64, _ := src.(Source64)
	return &Rand{src: src, s64: s64}
}

// Seed restarts the underlying Source from seed.
func (r *Rand) Seed(seed int64) {
	r.src.Seed(seed)
	r.readPos = 0
}

// Int63 draws an int64 in [0, 1<<63).
func (r *Rand) Int63() int64 { return r.src.Int63() }

// Uint32 draws a uint32 (the high bits of one Int63).
func (r *Rand) Uint32() uint32 { return uint32(r.Int63() >> 31) }

// Uint64 draws a uint64 over the whole range.
func (r *Rand) Uint64() uint64 {
	if r.s64 != nil {
		return r.s64.Uint64()
	}
	return uint64(r.Int63())>>31 | uint64(r.Int63())<<32
}

// Int31 draws an int32 in [0, 1<<31).
func (r *Rand) Int31() int32 { return int32(r.Int63() >> 32) }

// Int draws a non-negative int.
func (r *Rand) Int() int {
	u := uint(r.Int63())
	return int(u << 1 >> 1) // drop the top bit
}

// Int63n draws an int64 in [0, n); n must be positive (else it panics).
func (r *Rand) Int63n(n int64) int64 {
	if n <= 0 {
		panic("invalid argument to Int63n")
	}
	if n&(n-1) == 0 { // a power of two: take the low bits
		return r.Int63() & (n - 1)
	}
	max := int64((1 << 63) - 1 - (1<<63)%uint64(n))
	v := r.Int63()
	for v > max {
		v = r.Int63()
	}
	return v % n
}

// Int31n draws an int32 in [0, n); n must be positive (else it panics).
func (r *Rand) Int31n(n int32) int32 {
	if n <= 0 {
		panic("invalid argument to Int31n")
	}
	if n&(n-1) == 0 { // a power of two: take the low bits
		return r.Int31() & (n - 1)
	}
	max := int32((1 << 31) - 1 - (1<<31)%uint32(n))
	v := r.Int31()
	for v > max {
		v = r.Int31()
	}
	return v % n
}

// int31n draws an int32 in [0, n) by Lemire's multiply-shift method (for
// Shuffle; it uses the source differently from Int31n).
func (r *Rand) int31n(n int32) int32 {
	v := r.Uint32()
	prod := uint64(v) * uint64(n)
	low := uint32(prod)
	if low < uint32(n) {
		thresh := uint32(-n) % uint32(n)
		for low < thresh {
			v = r.Uint32()
			prod = uint64(v) * uint64(n)
			low = uint32(prod)
		}
	}
	return int32(prod >> 32)
}

// Intn draws an int in [0, n); n must be positive (else it panics).
func (r *Rand) Intn(n int) int {
	if n <= 0 {
		panic("invalid argument to Intn")
	}
	if n <= 1<<31-1 {
		return int(r.Int31n(int32(n)))
	}
	return int(r.Int63n(int64(n)))
}

// Float64 draws a float64 in [0, 1).
func (r *Rand) Float64() float64 {
	// Retry on the rare 1.0 that rounding can produce.
	for {
		f := float64(r.Int63()) / (1 << 63)
		if f != 1 {
			return f
		}
	}
}

// Float32 draws a float32 in [0, 1).
func (r *Rand) Float32() float32 {
	for {
		f := float32(r.Float64())
		if f != 1 {
			return f
		}
	}
}

// Perm returns the integers 0 to n-1 in a random order.
func (r *Rand) Perm(n int) []int {
	m := make([]int, n)
	// Inside-out Fisher-Yates, in Go's order of draws.
	for i := 0; i < n; i++ {
		j := r.Intn(i + 1)
		m[i] = m[j]
		m[j] = i
	}
	return m
}

// Shuffle puts n elements in a random order, calling swap(i, j) to
// exchange two of them; a negative n panics.
func (r *Rand) Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
		panic("invalid argument to Shuffle")
	}
	// Fisher-Yates from the end; 64-bit draws only for huge n.
	i := n - 1
	for ; i > 1<<31-1-1; i-- {
		j := int(r.Int63n(int64(i + 1)))
		swap(i, j)
	}
	for ; i > 0; i-- {
		j := int(r.int31n(int32(i + 1)))
		swap(i, j)
	}
}

// Read fills p with random bytes and returns len(p) and nil.
func (r *Rand) Read(p []byte) (n int, err error) {
	pos := r.readPos
	val := r.readVal
	for n = 0; n < len(p); n++ {
		if pos == 0 {
			val = r.src.Int63()
			pos = 7
		}
		p[n] = byte(val)
		val >>= 8
		pos--
	}
	r.readPos = pos
	r.readVal = val
	return
}

// NormFloat64 draws from the standard normal distribution (mean 0,
// standard deviation 1) with the ziggurat method and Go's tables.
func (r *Rand) NormFloat64() float64 {
	zigOnce.Do(initZiggurat)
	for {
		j := int32(r.Uint32()) // the sign gives the result's sign
		i := j & 0x7F
		x := float64(j) * float64(wn[i])
		if absInt32(j) < kn[i] {
			// Inside the rectangle: the common case.
			return x
		}

		if i == 0 {
			// Tail of the distribution, by Marsaglia's method.
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
		j := r.Uint32()
		i := j & 0xFF
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

// The ziggurat tables (Marsaglia and Tsang, "The Ziggurat Method for
// Generating Random Variables"), computed on first use with the same
// constants and rounding as Go's precomputed tables.
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
