package main

import "fmt"

// The quit channel carries a reply channel so that the worker can confirm
// it finished its cleanup (from "Go Concurrency Patterns").
func boring(name string, quit chan chan string) <-chan string {
	c := make(chan string)
	go func() {
		for i := 0; ; i++ {
			select {
			case c <- fmt.Sprintf("%s %d", name, i):
			case ack := <-quit:
				// cleanup would happen here
				ack <- name + ": cleaned up after " + fmt.Sprint(i) + " messages"
				return
			}
		}
	}()
	return c
}

func main() {
	quit := make(chan chan string)
	c := boring("joe", quit)
	for i := 0; i < 4; i++ {
		fmt.Println(<-c)
	}
	ack := make(chan string)
	quit <- ack
	fmt.Println(<-ack)
}
