package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	// shortest formatting round-trips exactly
	vals := []float64{0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 1e23, 5e-324, math.MaxFloat64, 123.456, -0.0}
	allOK := true
	for _, v := range vals {
		s := strconv.FormatFloat(v, 'g', -1, 64)
		back, _ := strconv.ParseFloat(s, 64)
		fmt.Println(s, back == v)
		allOK = allOK && back == v
	}
	fmt.Println("all round-trip:", allOK)
	// float32 shortest
	for _, v := range []float32{0.1, 1.0 / 3, 16777216, 3.4028235e38} {
		s := strconv.FormatFloat(float64(v), 'g', -1, 32)
		back, _ := strconv.ParseFloat(s, 32)
		fmt.Println(s, float32(back) == v)
	}
	// integers in every base round-trip
	for _, n := range []int64{0, 1, -1, 255, -256, math.MaxInt64, math.MinInt64} {
		ok := true
		for base := 2; base <= 36; base++ {
			s := strconv.FormatInt(n, base)
			back, err := strconv.ParseInt(s, base, 64)
			if err != nil || back != n {
				ok = false
			}
		}
		fmt.Println(n, strconv.FormatInt(n, 7), ok)
	}
	// quoting round-trips
	for _, s := range []string{"plain", "tab\t", "quote\"", "uni é😀", "bad\xff", ""} {
		q := strconv.Quote(s)
		u, err := strconv.Unquote(q)
		fmt.Println(q, u == s, err)
	}
	// Itoa vs Sprint agree
	same := true
	for i := -1000; i <= 1000; i += 7 {
		if strconv.Itoa(i) != fmt.Sprint(i) {
			same = false
		}
	}
	fmt.Println(same)
}
