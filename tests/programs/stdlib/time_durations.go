package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 999, time.Microsecond, 1500 * time.Microsecond, time.Second, 90 * time.Second,
		2*time.Hour + 3*time.Minute + 4*time.Second + 5*time.Millisecond, -time.Minute, 100 * time.Hour}
	for _, d := range ds {
		fmt.Printf("%v | %d | %.3f s | %.2f m\n", d, int64(d), d.Seconds(), d.Minutes())
	}
	for _, s := range []string{"1h30m", "2.5s", "300ms", "-1m5s", "1h1h", "bad", "10", "1.5µs", "3us"} {
		d, err := time.ParseDuration(s)
		fmt.Printf("%q -> %v %v\n", s, d, err)
	}
	d := 3*time.Hour + 25*time.Minute + 45*time.Second + 500*time.Millisecond
	fmt.Println(d.Round(time.Minute), d.Truncate(time.Hour), d.Round(time.Second), d.Hours())
	fmt.Println(d.Milliseconds(), d.Microseconds(), d.Nanoseconds(), (-d).Abs())
	fmt.Println(time.Duration(1<<63-1), time.Duration(-1<<63))
	// time values built from fixed dates are deterministic
	t := time.Date(2024, time.February, 28, 23, 30, 0, 0, time.UTC)
	fmt.Println(t)
	t2 := t.Add(90 * time.Minute)
	fmt.Println(t2, t2.Weekday(), t2.YearDay(), t2.Month())
	fmt.Println(t2.Sub(t), t2.After(t), t.Equal(t2))
	fmt.Println(t.Format("2006-01-02 15:04:05 Mon Jan"), t.Format(time.RFC3339), t.Format(time.Kitchen))
	p, err := time.Parse("2006-01-02", "2023-12-25")
	fmt.Println(p, err, p.Weekday())
	fmt.Println(t.AddDate(0, 1, 1).Format("Jan 2, 2006"), t.Unix(), t.Truncate(24*time.Hour))
}
