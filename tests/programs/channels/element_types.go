package main

import (
	"errors"
	"fmt"
	"strings"
)

type Shape interface{ Area() float64 }
type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64   { return r.W * r.H }
func (c Circle) Area() float64 { return 3 * c.R * c.R }

func main() {
	// chan struct{}: a pure signal, carries no data
	sig := make(chan struct{}, 1)
	sig <- struct{}{}
	fmt.Println("signal:", <-sig == struct{}{})

	// channel of functions: a work queue of closures
	tasks := make(chan func() string, 3)
	for _, w := range []string{"alpha", "beta", "gamma"} {
		tasks <- func() string { return strings.Repeat(w[:1], len(w)) }
	}
	close(tasks)
	for t := range tasks {
		fmt.Print(t(), " ")
	}
	fmt.Println()

	// channel of interfaces
	shapes := make(chan Shape, 2)
	shapes <- Rect{2, 3}
	shapes <- Circle{2}
	close(shapes)
	total := 0.0
	for s := range shapes {
		fmt.Printf("%T area %.1f\n", s, s.Area())
		total += s.Area()
	}
	fmt.Println("total area:", total)

	// channel of errors (nil is a valid value)
	errc := make(chan error, 3)
	errc <- nil
	errc <- errors.New("timeout")
	errc <- fmt.Errorf("wrapped: %w", errors.New("root cause"))
	close(errc)
	for e := range errc {
		if e == nil {
			fmt.Println("no error")
			continue
		}
		fmt.Println("error:", e, "unwraps:", errors.Unwrap(e) != nil)
	}

	// channel of slices and maps shares the underlying data
	sl := make(chan []int, 1)
	data := []int{1, 2, 3}
	sl <- data
	got := <-sl
	got[0] = 100
	fmt.Println("shared backing array:", data)

	// channel of arrays copies the value
	arr := make(chan [3]int, 1)
	a := [3]int{1, 2, 3}
	arr <- a
	a[0] = 100
	fmt.Println("array copied on send:", <-arr)

	// channel of pointers
	type counter struct{ n int }
	pc := make(chan *counter, 1)
	c := &counter{}
	pc <- c
	(<-pc).n = 5
	fmt.Println("through pointer:", c.n)
}
