package main

import "fmt"

// A ring of goroutines passes a token around; each one adds its id.
func node(id int, in <-chan int, out chan<- int) {
	for tok := range in {
		out <- tok + id
	}
	close(out)
}

func main() {
	const size = 500
	const laps = 4

	first := make(chan int)
	in := first
	for id := 1; id <= size; id++ {
		out := make(chan int)
		go node(id, in, out)
		in = out
	}
	last := in

	token := 0
	for lap := 1; lap <= laps; lap++ {
		first <- token
		token = <-last
		fmt.Printf("after lap %d: %d\n", lap, token)
	}
	close(first)
	// closing the first channel cascades through the whole ring
	_, ok := <-last
	fmt.Println("ring shut down:", !ok)
	fmt.Println("expected per lap:", size*(size+1)/2)
}
