package main

import "fmt"

func numbers(n int) <-chan int {
	out := make(chan int)
	go func() {
		for i := 1; i <= n; i++ {
			out <- i
		}
		// bug: missing close(out)
	}()
	return out
}

func main() {
	total := 0
	for v := range numbers(4) {
		total += v
		fmt.Println("got", v, "running total", total)
	}
	fmt.Println("total:", total)
}
