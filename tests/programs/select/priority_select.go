package main

import "fmt"

// Go's select has no priorities; a nested select with default gives
// one channel precedence whenever both are ready.
func main() {
	high := make(chan string, 10)
	low := make(chan string, 10)
	for i := 0; i < 4; i++ {
		low <- fmt.Sprint("low-", i)
	}
	for i := 0; i < 3; i++ {
		high <- fmt.Sprint("high-", i)
	}
	close(high)
	close(low)

	var order []string
	for high != nil || low != nil {
		// first look only at high priority
		select {
		case m, ok := <-high:
			if !ok {
				high = nil
				continue
			}
			order = append(order, m)
			continue
		default:
		}
		// nothing urgent: take whatever is ready
		select {
		case m, ok := <-high:
			if !ok {
				high = nil
				continue
			}
			order = append(order, m)
		case m, ok := <-low:
			if !ok {
				low = nil
				continue
			}
			order = append(order, m)
		}
	}
	fmt.Println(order)

	// the same idea for a stop signal: check stop before doing any work
	stop := make(chan struct{})
	work := make(chan int, 100)
	for i := 0; i < 100; i++ {
		work <- i
	}
	processed := 0
	for {
		select {
		case <-stop:
			fmt.Println("stopped after", processed, "items")
			return
		default:
		}
		select {
		case <-stop:
		case w := <-work:
			processed++
			if w == 9 {
				close(stop)
			}
		}
	}
}
