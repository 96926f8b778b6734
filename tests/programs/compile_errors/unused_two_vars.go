package main

import "fmt"

func main() {
	done := make(chan struct{})
	results := make([]int, 0)
	errs := make([]error, 0)
	go func() {
		fmt.Println("working")
		close(done)
	}()
	<-done
}
