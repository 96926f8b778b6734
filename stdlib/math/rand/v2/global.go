// Package rand (golite, math/rand/v2): the top-level functions, natives
// drawing from golite's global generator, with Go's panics on invalid
// arguments ("invalid argument to IntN", ...); N, Perm and Shuffle are Go.
package rand

func Int64() int64
func Uint32() uint32
func Uint64() uint64
func Int32() int32
func Int() int
func Uint() uint
func Int64N(n int64) int64
func Uint64N(n uint64) uint64
func Int32N(n int32) int32
func Uint32N(n uint32) uint32
func IntN(n int) int
func UintN(n uint) uint
func Float64() float64
func Float32() float32
func NormFloat64() float64
func ExpFloat64() float64

// intType is the constraint of N's type parameter.
type intType interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 |
		~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr
}

// N draws a value in [0, n) of any integer type (a time.Duration, say)
// from the global generator; n must be positive (else it panics).
func N[Int intType](n Int) Int {
	if n <= 0 {
		panic("invalid argument to N")
	}
	return Int(Uint64N(uint64(n)))
}

// Perm returns 0 to n-1 in an order drawn from the global generator.
func Perm(n int) []int {
	p := make([]int, n)
	for i := range p {
		p[i] = i
	}
	Shuffle(len(p), func(i, j int) { p[i], p[j] = p[j], p[i] })
	return p
}

// Shuffle puts n elements in an order drawn from the global generator;
// a negative n panics.
func Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
		panic("invalid argument to Shuffle")
	}
	for i := n - 1; i > 0; i-- {
		j := int(Uint64N(uint64(i + 1)))
		swap(i, j)
	}
}
