package main

import (
	"bytes"
	"fmt"
	"sync"
)

// Confinement (Concurrency in Go): data that is only ever touched by one
// goroutine needs no locks. Here each goroutine owns a disjoint sub-slice
// and its own buffer; the owner of a channel creates, writes and closes it.

func chanOwner() <-chan int {
	results := make(chan int, 5) // created, written and closed here only
	go func() {
		defer close(results)
		for i := 0; i <= 5; i++ {
			results <- i
		}
	}()
	return results
}

func consumer(results <-chan int) int {
	sum := 0
	for r := range results {
		sum += r
	}
	return sum
}

func main() {
	fmt.Println("sum from owned channel:", consumer(chanOwner()))

	// lexical confinement of slices: each goroutine gets its own part
	data := []byte("golang")
	printData := func(wg *sync.WaitGroup, part []byte, out *bytes.Buffer) {
		defer wg.Done()
		for _, b := range part {
			fmt.Fprintf(out, "%c", b-32) // uppercase
		}
	}
	var wg sync.WaitGroup
	var first, second bytes.Buffer
	wg.Add(2)
	go printData(&wg, data[:3], &first)
	go printData(&wg, data[3:], &second)
	wg.Wait()
	fmt.Println(first.String() + second.String())

	// confinement by index: each worker owns one slot of the result
	inputs := []int{3, 1, 4, 1, 5, 9, 2, 6}
	factorials := make([]int, len(inputs))
	for i, n := range inputs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			f := 1
			for k := 2; k <= n; k++ {
				f *= k
			}
			factorials[i] = f
		}()
	}
	wg.Wait()
	fmt.Println(factorials)
}
