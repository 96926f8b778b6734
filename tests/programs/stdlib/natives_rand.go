// The math/rand and math/rand/v2 top-level functions stay in range.
package main

import (
	"fmt"
	"math/rand"
	randv2 "math/rand/v2"
)

func main() {
	ok := true
	for i := 0; i < 1000; i++ {
		if v := rand.Intn(10); v < 0 || v >= 10 {
			ok = false
		}
		if v := rand.Int63n(3); v < 0 || v >= 3 {
			ok = false
		}
		if v := rand.Int31n(7); v < 0 || v >= 7 {
			ok = false
		}
		if v := rand.Float64(); v < 0 || v >= 1 {
			ok = false
		}
		if v := rand.Float32(); v < 0 || v >= 1 {
			ok = false
		}
		if rand.Int() < 0 || rand.Int63() < 0 || rand.Int31() < 0 {
			ok = false
		}
		if v := randv2.IntN(5); v < 0 || v >= 5 {
			ok = false
		}
		if v := randv2.Uint64N(1 << 40); v >= 1<<40 {
			ok = false
		}
		if v := randv2.Uint32N(3); v >= 3 {
			ok = false
		}
		if v := randv2.Int32N(9); v < 0 || v >= 9 {
			ok = false
		}
		if v := randv2.Int64N(1); v != 0 {
			ok = false
		}
		if v := randv2.UintN(2); v >= 2 {
			ok = false
		}
		if v := randv2.Float64(); v < 0 || v >= 1 {
			ok = false
		}
		if v := randv2.Float32(); v < 0 || v >= 1 {
			ok = false
		}
		if randv2.Int() < 0 || randv2.Int64() < 0 || randv2.Int32() < 0 {
			ok = false
		}
		_ = rand.NormFloat64() + rand.ExpFloat64() + randv2.NormFloat64() + randv2.ExpFloat64()
		_ = rand.Uint32() + uint32(rand.Uint64()) + randv2.Uint32() + uint32(randv2.Uint64()+uint64(randv2.Uint()))
	}
	fmt.Println("in range:", ok)
	fmt.Println(rand.Intn(1), randv2.IntN(1))
}
