package main

import "fmt"

var trace []string

func arg(name string, v int) int {
	trace = append(trace, "eval "+name)
	return v
}

func pick() func(int, int, chan<- int) {
	trace = append(trace, "eval func")
	return func(a, b int, out chan<- int) { out <- a*10 + b }
}

func main() {
	out := make(chan int)

	// the function value and every argument are evaluated by main,
	// in order, before the new goroutine starts
	go pick()(arg("a", 1), arg("b", 2), out)
	trace = append(trace, "after go statement")
	fmt.Println(trace)
	fmt.Println("result:", <-out)

	// later changes to variables do not affect evaluated arguments
	x := 5
	s := []int{1, 2, 3}
	go func(v int, sl []int, o chan<- int) {
		o <- v + sl[0]
	}(x, s, out)
	x = 50
	// but the slice shares its backing array: this write may or may not be
	// seen, so we only change an element the goroutine does not read
	s[2] = 99
	fmt.Println("x+s[0] as captured:", <-out)

	// go inside a loop: each goroutine gets that iteration's value
	results := make([]int, 5)
	done := make(chan bool)
	for i := 0; i < 5; i++ {
		go func(k int) {
			results[k] = k * k
			done <- true
		}(i)
	}
	for range 5 {
		<-done
	}
	fmt.Println(results)

	// go with a builtin call
	c := make(chan int, 1)
	c <- 42
	finished := make(chan bool)
	go close(finished)
	<-finished
	fmt.Println("closed by go close(...):", <-c)
}
