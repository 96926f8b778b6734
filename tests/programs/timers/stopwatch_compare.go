package main

import (
	"fmt"
	"time"
)

type Stopwatch struct {
	start   time.Time
	laps    []time.Duration
	running bool
}

func (s *Stopwatch) Start() { s.start = time.Now(); s.running = true }
func (s *Stopwatch) Lap()   { s.laps = append(s.laps, time.Since(s.start)) }

func main() {
	var sw Stopwatch
	sw.Start()
	for _, d := range []time.Duration{50, 100, 60} {
		time.Sleep(d * time.Millisecond)
		sw.Lap()
	}
	// print only comparisons, never the measured values
	fmt.Println("laps recorded:", len(sw.laps))
	fmt.Println("lap 1 >= 50ms:", sw.laps[0] >= 50*time.Millisecond)
	fmt.Println("lap 2 >= 150ms:", sw.laps[1] >= 150*time.Millisecond)
	fmt.Println("lap 3 >= 210ms:", sw.laps[2] >= 210*time.Millisecond)
	fmt.Println("laps increase:", sw.laps[0] < sw.laps[1] && sw.laps[1] < sw.laps[2])

	// the monotonic clock: Sub, Since, Until and Before/After agree
	a := time.Now()
	time.Sleep(20 * time.Millisecond)
	b := time.Now()
	fmt.Println("b after a:", b.After(a), "a before b:", a.Before(b))
	fmt.Println("Sub positive:", b.Sub(a) > 0, "Sub reversed negative:", a.Sub(b) < 0)
	deadline := time.Now().Add(time.Hour)
	fmt.Println("Until a future deadline > 59m:", time.Until(deadline) > 59*time.Minute)
	fmt.Println("Since a past time >= 20ms:", time.Since(a) >= 20*time.Millisecond)

	// Duration arithmetic prints deterministic values
	d := 1500 * time.Millisecond
	fmt.Println(d, d.Seconds(), d.Milliseconds(), d.Round(time.Second), d.Truncate(time.Second))
	fmt.Println(2*time.Minute+30*time.Second, time.Duration(90)*time.Second, time.Duration(0))
	fmt.Println((250 * time.Microsecond).String(), time.Duration(1), 36*time.Hour)
}
