package main

import "fmt"

func worker() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("worker recovered:", r)
			panic(fmt.Sprintf("worker failed: %v", r))
		}
	}()
	fmt.Println("worker starting")
	var m map[string]int
	m["x"] = 1
}

func main() {
	defer fmt.Println("main deferred runs")
	worker()
	fmt.Println("unreachable")
}
