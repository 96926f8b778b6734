package main

import (
	"fmt"
	"sync"
)

// One consumer multiplexes three producers with select; the totals per
// source are deterministic even though the interleaving is not.
func produce(n, value int, out chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < n; i++ {
		out <- value
	}
}

func main() {
	ones := make(chan int)
	tens := make(chan int)
	hundreds := make(chan int)
	var wg sync.WaitGroup
	wg.Add(3)
	go produce(50, 1, ones, &wg)
	go produce(30, 10, tens, &wg)
	go produce(20, 100, hundreds, &wg)

	done := make(chan struct{})
	go func() {
		wg.Wait()
		close(done)
	}()

	var count [3]int
	sum := 0
	for {
		select {
		case v := <-ones:
			count[0]++
			sum += v
			continue
		case v := <-tens:
			count[1]++
			sum += v
			continue
		case v := <-hundreds:
			count[2]++
			sum += v
			continue
		case <-done:
		}
		break
	}
	fmt.Println("counts:", count)
	fmt.Println("sum:", sum)
}
