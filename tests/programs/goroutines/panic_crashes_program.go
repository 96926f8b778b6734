package main

import (
	"fmt"
	"sync"
)

func worker(id int, jobs <-chan int, wg *sync.WaitGroup) {
	for j := range jobs {
		if j < 0 {
			panic(fmt.Sprintf("worker got invalid job %d", j))
		}
	}
	wg.Done() // only reached when jobs is closed
}

func main() {
	fmt.Println("starting one worker")
	jobs := make(chan int)
	var wg sync.WaitGroup
	wg.Add(1)
	go worker(1, jobs, &wg)

	for _, j := range []int{3, 1, 4} {
		jobs <- j
	}
	fmt.Println("three good jobs handed over")

	// main's deferred calls do not run when another goroutine panics
	defer fmt.Println("main's defer never runs")

	// an unrecovered panic in any goroutine crashes the whole program
	jobs <- -7
	wg.Wait()
	fmt.Println("not reached")
}
