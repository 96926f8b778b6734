package main

import "fmt"

type optional struct {
	in  chan int
	out chan int
}

func poll(o optional) string {
	select {
	case v := <-o.in:
		return fmt.Sprint("in:", v)
	case o.out <- 1:
		return "out"
	default:
		return "nothing ready"
	}
}

func main() {
	// every case on a nil channel: only default can run
	var o optional
	fmt.Println(poll(o))

	o.in = make(chan int, 1)
	fmt.Println(poll(o))
	o.in <- 5
	fmt.Println(poll(o))

	o.in = nil
	o.out = make(chan int, 1)
	fmt.Println(poll(o))
	fmt.Println(poll(o))
	fmt.Println("out holds:", <-o.out)

	// toggling cases on and off by assigning nil
	enabled := make(chan int, 10)
	for i := 0; i < 10; i++ {
		enabled <- i
	}
	var maybe chan int
	total := 0
	for i := 0; i < 10; i++ {
		if i%2 == 0 {
			maybe = enabled
		} else {
			maybe = nil
		}
		select {
		case v := <-maybe:
			total += v
		default:
		}
	}
	fmt.Println("received only on even steps, sum:", total, "left:", len(enabled))
}
