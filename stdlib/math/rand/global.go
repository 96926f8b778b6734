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
// Deprecated: the top-level functions are seeded randomly already;
// calling Seed has no use.
func Seed(seed int64) {}

// Int63 draws an int64 in [0, 1<<63) from the global generator.
func Int63() int64

// Uint32 draws a uint32 from the global generator.
func Uint32() uint32

// Uint64 draws a uint64 from the global generator.
func Uint64() uint64

// Int31 draws an int32 in [0, 1<<31) from the global generator.
func Int31() int32

// Int draws a non-negative int from the global generator.
func Int() int

// Int63n draws an int64 in [0, n) from the global generator; n must be
// positive.
func Int63n(n int64) int64

// Int31n draws an int32 in [0, n) from the global generator; n must be
// positive.
func Int31n(n int32) int32

// Intn draws an int in [0, n) from the global generator; n must be
// positive.
func Intn(n int) int

// Float64 draws a float64 in [0, 1) from the global generator.
func Float64() float64

// Float32 draws a float32 in [0, 1) from the global generator.
func Float32() float32

// NormFloat64 draws from the standard normal distribution, from the
// global generator.
func NormFloat64() float64

// ExpFloat64 draws from the exponential distribution with rate 1, from
// the global generator.
func ExpFloat64() float64

// Perm returns 0 to n-1 in an order drawn from the global generator.
func Perm(n int) []int {
	m := make([]int, n)
	for i := 0; i < n; i++ {
		j := Intn(i + 1)
		m[i] = m[j]
		m[j] = i
	}
	return m
}

// Shuffle puts n elements in an order drawn from the global generator,
// exchanging two with swap(i, j); a negative n panics.
func Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
		panic("invalid argument to Shuffle")
	}
	for i := n - 1; i > 0; i-- {
		j := int(Int63n(int64(i + 1)))
		swap(i, j)
	}
}

// Read fills p with bytes from the global generator and returns len(p)
// and nil.
//
// Deprecated: use crypto/rand.Read for random bytes.
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
