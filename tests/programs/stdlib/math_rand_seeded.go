package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(42))
	for i := 0; i < 5; i++ {
		fmt.Print(r.Intn(100), " ")
	}
	fmt.Println()
	fmt.Println(r.Int63(), r.Int31(), r.Uint32())
	fmt.Printf("%.6f %.6f\n", r.Float64(), r.Float32())
	fmt.Println(r.Perm(8))
	s := []string{"a", "b", "c", "d", "e"}
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s)
	fmt.Println(r.Int63n(1000000), r.Int31n(10))
	fmt.Printf("%.6f %.6f\n", r.NormFloat64(), r.ExpFloat64())
	// same seed -> same sequence
	a := rand.New(rand.NewSource(7))
	b := rand.New(rand.NewSource(7))
	same := true
	for i := 0; i < 100; i++ {
		if a.Int() != b.Int() {
			same = false
		}
	}
	fmt.Println("same sequence:", same)
	// different seeds differ
	c := rand.New(rand.NewSource(8))
	fmt.Println(a.Int() != c.Int())
	// dice histogram
	d := rand.New(rand.NewSource(1))
	counts := make([]int, 6)
	for i := 0; i < 6000; i++ {
		counts[d.Intn(6)]++
	}
	fmt.Println(counts)
	// the global functions are random, so only check ranges
	ok := true
	for i := 0; i < 100; i++ {
		v := rand.Intn(10)
		if v < 0 || v >= 10 {
			ok = false
		}
	}
	fmt.Println("global in range:", ok)
}
