package main

import "fmt"

// Generators: functions that return a channel fed by their own goroutine.

func count(from, step int, done <-chan struct{}) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := from; ; i += step {
			select {
			case out <- i:
			case <-done:
				return
			}
		}
	}()
	return out
}

func take(n int, in <-chan int) []int {
	var res []int
	for range n {
		res = append(res, <-in)
	}
	return res
}

func fibonacci(n int) <-chan int {
	out := make(chan int)
	go func() {
		a, b := 0, 1
		for range n {
			out <- a
			a, b = b, a+b
		}
		close(out)
	}()
	return out
}

func repeat(done <-chan struct{}, values ...string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for {
			for _, v := range values {
				select {
				case out <- v:
				case <-done:
					return
				}
			}
		}
	}()
	return out
}

func main() {
	done := make(chan struct{})
	evens := count(0, 2, done)
	odds := count(1, 2, done)
	fmt.Println("evens:", take(5, evens))
	fmt.Println("odds:", take(5, odds))
	fmt.Println("more evens:", take(3, evens))

	var fibs []int
	for f := range fibonacci(12) {
		fibs = append(fibs, f)
	}
	fmt.Println("fibonacci:", fibs)

	r := repeat(done, "x", "y", "z")
	var seq []string
	for range 7 {
		seq = append(seq, <-r)
	}
	fmt.Println("repeat:", seq)

	// closing done stops every infinite generator; their channels close
	close(done)
	for v := range evens {
		_ = v // at most one value may still be pending
	}
	_, ok := <-r
	for ok {
		_, ok = <-r
	}
	fmt.Println("generators stopped")
}
