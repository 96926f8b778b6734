package main

import (
	"fmt"
	"time"
)

func worker(id int, jobs <-chan int, results chan<- string) {
	for j := range jobs {
		time.Sleep(j * time.Millisecond)
		results <- j * 2
	}
}

func main() {
	jobs := make(chan int, 2)
	results := make(chan string, 2)
	go worker(1, jobs, results)
	jobs <- 1
	close(jobs)
	fmt.Println(<-results)
}
