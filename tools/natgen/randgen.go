package main

import (
	"fmt"
	"math"
	"math/rand"
	"strings"
)

func genRand() {
	t := newTable("rand")
	seeds := []int64{0, 1, 2, 42, -5, 1 << 40, 123456789, math.MaxInt64, math.MinInt64, 2147483647, -2147483647}
	for _, seed := range seeds {
		draw := func(method, arg string, f func(r *rand.Rand) string) {
			r := rand.New(rand.NewSource(seed))
			var vals []string
			for i := 0; i < 12; i++ {
				vals = append(vals, f(r))
			}
			t.row(d(seed), method, arg, strings.Join(vals, ","))
		}
		draw("Int63", "", func(r *rand.Rand) string { return d(r.Int63()) })
		draw("Uint32", "", func(r *rand.Rand) string { return u(uint64(r.Uint32())) })
		draw("Uint64", "", func(r *rand.Rand) string { return u(r.Uint64()) })
		draw("Int31", "", func(r *rand.Rand) string { return d(int64(r.Int31())) })
		draw("Int", "", func(r *rand.Rand) string { return d(int64(r.Int())) })
		draw("Float64", "", func(r *rand.Rand) string { return fb(r.Float64()) })
		draw("Float32", "", func(r *rand.Rand) string { return fmt.Sprintf("%x", math.Float32bits(r.Float32())) })
		draw("NormFloat64", "", func(r *rand.Rand) string { return fb(r.NormFloat64()) })
		draw("ExpFloat64", "", func(r *rand.Rand) string { return fb(r.ExpFloat64()) })
		for _, n := range []int64{1, 2, 3, 6, 10, 100, 1 << 20, 1000003, 1<<31 - 1, 1 << 31, 1<<31 + 1, 1 << 62, 3 << 61, math.MaxInt64} {
			draw("Int63n", d(n), func(r *rand.Rand) string { return d(r.Int63n(n)) })
			draw("Intn", d(n), func(r *rand.Rand) string { return d(int64(r.Intn(int(n)))) })
			if n <= math.MaxInt32 {
				draw("Int31n", d(n), func(r *rand.Rand) string { return d(int64(r.Int31n(int32(n)))) })
			}
		}
		for _, n := range []int{0, 1, 2, 5, 10, 52} {
			r := rand.New(rand.NewSource(seed))
			var p []string
			for _, v := range r.Perm(n) {
				p = append(p, d(int64(v)))
			}
			p = append(p, "|", d(r.Int63()))
			t.row(d(seed), "Perm", d(int64(n)), strings.Join(p, ","))
			r = rand.New(rand.NewSource(seed))
			var sw []string
			r.Shuffle(n, func(i, j int) { sw = append(sw, fmt.Sprintf("%d:%d", i, j)) })
			sw = append(sw, "|", d(r.Int63()))
			t.row(d(seed), "Shuffle", d(int64(n)), strings.Join(sw, ","))
		}
	}
	t.save()
}
