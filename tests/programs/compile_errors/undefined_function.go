package main

import "fmt"

func worker(id int, out chan<- string) {
	out <- fmt.Sprintf("worker %d", id)
}

func main() {
	out := make(chan string)
	go worker(1, out)
	fmt.Println(<-out)
	startWorkers(3)
}
