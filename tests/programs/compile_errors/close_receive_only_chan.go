package main

import "fmt"

func consume(jobs <-chan string) {
	for j := range jobs {
		fmt.Println("job", j)
	}
	close(jobs)
}

func main() {
	jobs := make(chan string, 2)
	jobs <- "a"
	jobs <- "b"
	consume(jobs)
}
