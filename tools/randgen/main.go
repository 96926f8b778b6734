// Command randgen derives the 607-word "cooked" table of math/rand's
// additive lagged Fibonacci source by measurement: it seeds a source,
// reads the unexported state vector through reflect, and XORs out the
// seedrand LCG stream (x' = 48271*x mod (2^31-1)) that seeding mixes in,
// leaving the constant table. It checks the result against a second seed
// and writes src/natives/rand_table.rs. The ziggurat tables behind
// NormFloat64/ExpFloat64 (kn/wn/fn, ke/we/fe) are read from the linked
// math/rand package through go:linkname, hence the linker flag.
//
//	cd tools/randgen && GOTOOLCHAIN=local GOPROXY=off GOFLAGS=-mod=mod go run -ldflags=-checklinkname=0 . > ../../src/natives/rand_table.rs
package main

import (
	"fmt"
	"math"
	"math/rand"
	"os"
	"reflect"
	"runtime"
	"strings"
	_ "unsafe" // for go:linkname
)

//go:linkname kn math/rand.kn
var kn [128]uint32

//go:linkname wn math/rand.wn
var wn [128]float32

//go:linkname fn math/rand.fn
var fn [128]float32

//go:linkname ke math/rand.ke
var ke [256]uint32

//go:linkname we math/rand.we
var we [256]float32

//go:linkname fe math/rand.fe
var fe [256]float32

func u32s(b *strings.Builder, name string, v []uint32) {
	fmt.Fprintf(b, "\npub static %s: [u32; %d] = [\n", name, len(v))
	for i, x := range v {
		if i%6 == 0 {
			b.WriteString("   ")
		}
		fmt.Fprintf(b, " %d,", x)
		if i%6 == 5 || i == len(v)-1 {
			b.WriteString("\n")
		}
	}
	b.WriteString("];\n")
}

func f32s(b *strings.Builder, name string, v []float32) {
	fmt.Fprintf(b, "\n/// float32 bit patterns.\npub static %s: [u32; %d] = [\n", name, len(v))
	for i, x := range v {
		if i%6 == 0 {
			b.WriteString("   ")
		}
		fmt.Fprintf(b, " 0x%08x,", math.Float32bits(x))
		if i%6 == 5 || i == len(v)-1 {
			b.WriteString("\n")
		}
	}
	b.WriteString("];\n")
}

const n = 607

func lcg(x int32) int32 { return int32(int64(x) * 48271 % (1<<31 - 1)) }

// stream returns the seeding words that are XORed with the table.
func stream(seed int64) [n]int64 {
	seed %= 1<<31 - 1
	if seed < 0 {
		seed += 1<<31 - 1
	}
	if seed == 0 {
		seed = 89482311
	}
	x := int32(seed)
	var out [n]int64
	for i := -20; i < n; i++ {
		x = lcg(x)
		if i >= 0 {
			u := int64(x) << 40
			x = lcg(x)
			u ^= int64(x) << 20
			x = lcg(x)
			u ^= int64(x)
			out[i] = u
		}
	}
	return out
}

func state(seed int64) [n]int64 {
	src := rand.NewSource(seed)
	v := reflect.ValueOf(src).Elem().FieldByName("vec")
	var out [n]int64
	for i := 0; i < n; i++ {
		out[i] = v.Index(i).Int()
	}
	return out
}

func main() {
	var cooked [n]int64
	st, sm := state(1), stream(1)
	for i := range cooked {
		cooked[i] = st[i] ^ sm[i]
	}
	for _, seed := range []int64{0, 42, -7, 1 << 40} {
		st, sm := state(seed), stream(seed)
		for i := range cooked {
			if st[i]^sm[i] != cooked[i] {
				fmt.Fprintln(os.Stderr, "randgen: table check failed for seed", seed)
				os.Exit(1)
			}
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "//! math/rand's cooked seeding table, measured from %s by tools/randgen.\n//! DO NOT EDIT.\n\n", runtime.Version())
	fmt.Fprintf(&b, "pub static RNG_COOKED: [i64; %d] = [\n", n)
	for i, c := range cooked {
		if i%3 == 0 {
			b.WriteString("   ")
		}
		fmt.Fprintf(&b, " %d,", c)
		if i%3 == 2 || i == n-1 {
			b.WriteString("\n")
		}
	}
	b.WriteString("];\n")
	b.WriteString("\n// Ziggurat tables of NormFloat64 (kn/wn/fn) and ExpFloat64 (ke/we/fe).\n")
	u32s(&b, "KN", kn[:])
	f32s(&b, "WN", wn[:])
	f32s(&b, "FN", fn[:])
	u32s(&b, "KE", ke[:])
	f32s(&b, "WE", we[:])
	f32s(&b, "FE", fe[:])
	os.Stdout.WriteString(b.String())
}
