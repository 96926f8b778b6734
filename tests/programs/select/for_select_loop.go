package main

import (
	"fmt"
	"strings"
)

// The classic for-select loop: keep serving until told to quit.
func worker(jobs <-chan string, results chan<- string, quit <-chan struct{}) {
	for {
		select {
		case j := <-jobs:
			results <- strings.ToUpper(j)
		case <-quit:
			results <- "worker: quitting"
			return
		}
	}
}

// The Tour of Go fibonacci: produce until quit.
func fibonacci(c chan<- int, quit <-chan int) {
	x, y := 0, 1
	for {
		select {
		case c <- x:
			x, y = y, x+y
		case <-quit:
			fmt.Println("fibonacci: quit")
			return
		}
	}
}

func main() {
	jobs := make(chan string)
	results := make(chan string)
	quit := make(chan struct{})
	go worker(jobs, results, quit)
	for _, j := range []string{"parse", "check", "compile"} {
		jobs <- j
		fmt.Println(<-results)
	}
	close(quit)
	fmt.Println(<-results)

	c := make(chan int)
	q := make(chan int)
	go func() {
		for i := 0; i < 10; i++ {
			fmt.Print(<-c, " ")
		}
		fmt.Println()
		q <- 0
	}()
	fibonacci(c, q)

	// for-select with a labelled break
	data := make(chan int, 10)
	for i := 1; i <= 10; i++ {
		data <- i
	}
	close(data)
	sum := 0
loop:
	for {
		select {
		case v, ok := <-data:
			if !ok {
				break loop
			}
			if v > 7 {
				continue loop
			}
			sum += v
		}
	}
	fmt.Println("sum of values <= 7:", sum)
}
