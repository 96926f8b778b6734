// Package rand (golite, math/rand): the top-level functions. The number
// generators are natives drawing from golite's global generator (seeded
// randomly at start, or from --seed); they panic with Go's messages on
// invalid arguments ("invalid argument to Intn", "invalid argument to
// Int31n", "invalid argument to Int63n").
package rand

// Seed is a no-op, as in Go 1.24 and later (GODEBUG randseednop=1): the
// top-level functions are always randomly seeded. Programs that need a
// reproducible sequence use New(NewSource(seed)).
//
// Deprecated: As of Go 1.20 there is no reason to call Seed with a random
// value.
func Seed(seed int64) {}

// Int63 returns a non-negative pseudo-random 63-bit integer as an int64
// from the default Source.
func Int63() int64

// Uint32 returns a pseudo-random 32-bit value as a uint32 from the
// default Source.
func Uint32() uint32

// Uint64 returns a pseudo-random 64-bit value as a uint64 from the
// default Source.
func Uint64() uint64

// Int31 returns a non-negative pseudo-random 31-bit integer as an int32
// from the default Source.
func Int31() int32

// Int returns a non-negative pseudo-random int from the default Source.
func Int() int

// Int63n returns, as an int64, a non-negative pseudo-random number in the
// half-open interval [0,n) from the default Source. It panics if n <= 0.
func Int63n(n int64) int64

// Int31n returns, as an int32, a non-negative pseudo-random number in the
// half-open interval [0,n) from the default Source. It panics if n <= 0.
func Int31n(n int32) int32

// Intn returns, as an int, a non-negative pseudo-random number in the
// half-open interval [0,n) from the default Source. It panics if n <= 0.
func Intn(n int) int

// Float64 returns, as a float64, a pseudo-random number in the half-open
// interval [0.0,1.0) from the default Source.
func Float64() float64

// Float32 returns, as a float32, a pseudo-random number in the half-open
// interval [0.0,1.0) from the default Source.
func Float32() float32

// NormFloat64 returns a normally distributed float64 (mean 0, stddev 1)
// from the default Source.
func NormFloat64() float64

// ExpFloat64 returns an exponentially distributed float64 (rate 1) from
// the default Source.
func ExpFloat64() float64

// Perm returns, as a slice of n ints, a pseudo-random permutation of the
// integers in the half-open interval [0,n) from the default Source.
func Perm(n int) []int {
	m := make([]int, n)
	for i := 0; i < n; i++ {
		j := Intn(i + 1)
		m[i] = m[j]
		m[j] = i
	}
	return m
}

// Shuffle pseudo-randomizes the order of elements using the default
// Source. n is the number of elements. Shuffle panics if n < 0. swap
// swaps the elements with indexes i and j.
func Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
		panic("invalid argument to Shuffle")
	}
	for i := n - 1; i > 0; i-- {
		j := int(Int63n(int64(i + 1)))
		swap(i, j)
	}
}

// Read generates len(p) random bytes from the default Source and writes
// them into p. It always returns len(p) and a nil error.
//
// Deprecated: For almost all use cases, crypto/rand.Read is more
// appropriate.
func Read(p []byte) (n int, err error) {
	var val uint64
	pos := 0
	for n = 0; n < len(p); n++ {
		if pos == 0 {
			val = Uint64()
			pos = 8
		}
		p[n] = byte(val)
		val >>= 8
		pos--
	}
	return len(p), nil
}
