// Exercises time's clock and zone hooks: Now, the monotonic clock,
// Unix times.
package main

import (
	"fmt"
	"time"
)

func main() {
	t0 := time.Now()
	sum := 0
	for i := 0; i < 100000; i++ {
		sum += i
	}
	t1 := time.Now()
	d := t1.Sub(t0)
	fmt.Println(sum, d >= 0, t1.Unix() > 1700000000, t0.Year() >= 2024)
	fmt.Println(time.Since(t0) >= d)
	u := time.Unix(1700000000, 5)
	fmt.Println(u.Unix(), u.UnixNano(), t1.After(t0) || t1.Equal(t0))
}
